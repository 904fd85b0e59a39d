package org.blockstack.functions.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.lambdaruntime.LambdaArtifact;
import org.blockstack.functions.lambdaruntime.LambdaFunctionProcess;
import org.blockstack.functions.lambdaruntime.MockRuntimeApi;
import org.blockstack.functions.local.LocalStack;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The built sync artifact, started as Lambda starts it, logs one JSON object per line (what
 * CloudWatch Logs Insights reads fields from): the progress of a run carries its height, speed and
 * ETA as fields, and the lag metric line is there too.
 */
class SyncJsonLogIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aRunLogsJsonLinesWithItsProgressAsFields() throws Exception {
        try (LocalStack stack = LocalStack.start(LocalStack.Options.inMemory());
                MockRuntimeApi runtimeApi = MockRuntimeApi.start()) {
            List<String> jvmOptions = new ArrayList<>(LambdaFunctionProcess.LAMBDA_JVM_OPTIONS);
            stack.config().forEach((name, value) -> jvmOptions.add("-D" + name + "=" + value));
            int confirmed = stack.bitcoin().orElseThrow().chain().tipHeight() - 6 + 1;
            try (LambdaFunctionProcess function = LambdaFunctionProcess.start(
                    LambdaArtifact.ofModule(Path.of("").toAbsolutePath()), "bns-sync", 1024, runtimeApi.runtimeApi(),
                    Map.of("QUARKUS_FUNQY_EXPORT", "sync"), jvmOptions)) {
                MockRuntimeApi.Invocation invocation = runtimeApi.invoke(SyncFunctionTest.SCHEDULED_EVENT,
                        Duration.ofMinutes(2));
                assertThat(invocation.status()).as("answer %s; log:%n%s", invocation.body(), function.output())
                        .isEqualTo(200);

                List<JsonNode> lines = new ArrayList<>();
                for (String line : function.output().split("\n")) {
                    if (line.startsWith("{")) {
                        lines.add(JSON.readTree(line));
                    }
                }
                Optional<JsonNode> progress = lines.stream()
                        .filter(line -> line.path("loggerName").asText().equals(SyncProgress.class.getName()))
                        .findFirst();
                assertThat(progress).as("a progress line among:%n%s", function.output()).isPresent();
                JsonNode fields = progress.get().path("mdc");
                assertThat(fields.path("height").asInt()).isEqualTo(confirmed);
                assertThat(fields.path("targetHeight").asInt()).isEqualTo(confirmed);
                assertThat(fields.path("etaSeconds").asLong()).isZero();
                assertThat(fields.path("blocksPerSecond").asDouble()).isPositive();
                assertThat(progress.get().path("level").asText()).isEqualTo("INFO");
                assertThat(lines).as("the lag metric line").anyMatch(line -> line.has("SyncLagBlocks"));
            }
        }
    }
}
