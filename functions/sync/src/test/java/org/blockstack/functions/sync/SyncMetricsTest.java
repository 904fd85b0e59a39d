package org.blockstack.functions.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The embedded metric line CloudWatch reads; its names are what terraform/sync.tf alarms on. */
class SyncMetricsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRunReportsItsLagBehindTheTip() throws Exception {
        JsonNode line = JSON.readTree(SyncMetrics.embeddedMetricLine(200, 195, 95, "bns-sync", 1_790_000_000_000L));

        JsonNode directive = line.path("_aws").path("CloudWatchMetrics").get(0);
        assertThat(line.path("_aws").path("Timestamp").asLong()).isEqualTo(1_790_000_000_000L);
        assertThat(directive.path("Namespace").asText()).isEqualTo("BlockstackFunctions");
        assertThat(directive.path("Dimensions").get(0).get(0).asText()).isEqualTo("Function");
        assertThat(directive.path("Metrics").findValuesAsText("Name")).containsExactly("SyncLagBlocks", "SyncBlocks");
        assertThat(line.path("Function").asText()).isEqualTo("bns-sync");
        assertThat(line.path("SyncLagBlocks").asInt()).isEqualTo(5);
        assertThat(line.path("SyncBlocks").asInt()).isEqualTo(95);
    }

    @Test
    void anUnknownTipReportsNoLag() throws Exception {
        JsonNode line = JSON.readTree(SyncMetrics.embeddedMetricLine(-1, 100, 0, "bns-sync", 1L));

        assertThat(line.has("SyncLagBlocks")).isFalse();
        assertThat(line.path("_aws").path("CloudWatchMetrics").get(0).path("Metrics").findValuesAsText("Name"))
                .containsExactly("SyncBlocks");
    }
}
