package org.blockstack.functions.sync;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A sync run as CloudWatch metrics, in the embedded metric format: one JSON line on standard
 * output that CloudWatch Logs turns into {@code SyncLagBlocks} (node tip minus last indexed block)
 * and {@code SyncBlocks} (blocks indexed), namespace {@value #NAMESPACE}, dimension
 * {@code Function}. terraform/sync.tf alarms on the lag.
 */
final class SyncMetrics {
    static final String NAMESPACE = "BlockstackFunctions";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SyncMetrics() {
    }

    /** Prints the line when running on Lambda (which sets AWS_LAMBDA_FUNCTION_NAME); else nothing. */
    static void report(SyncSummary summary) {
        String functionName = System.getenv("AWS_LAMBDA_FUNCTION_NAME");
        if (functionName != null) {
            System.out.println(embeddedMetricLine(summary.tipHeight(), summary.lastHeight(), summary.blocks(), functionName,
                    System.currentTimeMillis()));
        }
    }

    /** @param tipHeight the node's tip, or negative when the run could not learn it */
    static String embeddedMetricLine(int tipHeight, int lastHeight, int blocks, String functionName, long timestampMillis) {
        ObjectNode line = JSON.createObjectNode();
        List<Map<String, String>> metrics = tipHeight >= 0
                ? List.of(Map.of("Name", "SyncLagBlocks", "Unit", "Count"), Map.of("Name", "SyncBlocks", "Unit", "Count"))
                : List.of(Map.of("Name", "SyncBlocks", "Unit", "Count"));
        line.putPOJO("_aws", Map.of(
                "Timestamp", timestampMillis,
                "CloudWatchMetrics", List.of(Map.of(
                        "Namespace", NAMESPACE,
                        "Dimensions", List.of(List.of("Function")),
                        "Metrics", metrics))));
        line.put("Function", functionName);
        // unknown tip (the node was unreachable): no lag reading rather than a wrong one
        if (tipHeight >= 0) {
            line.put("SyncLagBlocks", tipHeight - lastHeight);
        }
        line.put("SyncBlocks", blocks);
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the metric line", e);
        }
    }
}
