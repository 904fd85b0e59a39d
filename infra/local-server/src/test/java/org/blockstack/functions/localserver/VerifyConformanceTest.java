package org.blockstack.functions.localserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.blockstack.functions.local.ConformanceScripts;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The shared conformance check {@code tokens/check-verify.mjs}: the real client libraries' verdicts
 * on every corpus token, and malformed requests, against {@code POST /v1/tokens/verify} of the
 * local server.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class VerifyConformanceTest {
    /** Corpus token types left out: none, every verdict of the shared corpus is checked. */
    static final Set<String> TYPES_AWAITING_INTEGRATION = Set.of();

    @TestHTTPResource("/")
    URL base;

    @Test
    void theEndpointAgreesWithTheClientLibrariesOnEveryCorpusToken() throws IOException {
        Path corpus = corpusWithout(TYPES_AWAITING_INTEGRATION);
        ConformanceScripts.Outcome outcome = ConformanceScripts.run("tokens/check-verify.mjs", Duration.ofMinutes(5),
                base.toString(), corpus.toString());
        assertThat(outcome.failed()).as("failed cases:\n%s\nwhole output:\n%s", outcome.failures(), outcome.output())
                .isZero();
        assertThat(outcome.passed()).as(outcome.output()).isGreaterThan(50);
        assertThat(outcome.exitCode()).isZero();
    }

    /** The shared corpus minus the given types, written under target/ (the shared folder is read-only). */
    private static Path corpusWithout(Set<String> types) throws IOException {
        Path shared = ConformanceScripts.conformanceDir().resolve("tokens/corpus.json");
        if (types.isEmpty()) {
            return shared;
        }
        ObjectMapper json = new ObjectMapper();
        ArrayNode kept = json.createArrayNode();
        for (JsonNode entry : json.readTree(shared.toFile())) {
            if (!types.contains(entry.path("type").asText())) {
                kept.add(entry);
            }
        }
        Path filtered = Path.of("target", "conformance", "corpus-without-" + String.join("-", types.stream().sorted().toList())
                + ".json").toAbsolutePath();
        Files.createDirectories(filtered.getParent());
        json.writerWithDefaultPrettyPrinter().writeValue(filtered.toFile(), kept);
        return filtered;
    }
}
