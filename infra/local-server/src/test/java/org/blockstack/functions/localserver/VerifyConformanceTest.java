package org.blockstack.functions.localserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;

import org.blockstack.functions.local.ConformanceScripts;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

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
    @TestHTTPResource("/")
    URL base;

    @Test
    void theEndpointAgreesWithTheClientLibrariesOnEveryCorpusToken() throws IOException {
        Path corpus = ConformanceScripts.conformanceDir().resolve("tokens/corpus.json");
        ConformanceScripts.Outcome outcome = ConformanceScripts.run("tokens/check-verify.mjs", Duration.ofMinutes(5),
                base.toString(), corpus.toString());
        assertThat(outcome.failed()).as("failed cases:\n%s\nwhole output:\n%s", outcome.failures(), outcome.output())
                .isZero();
        assertThat(outcome.passed()).as(outcome.output()).isGreaterThan(50);
        assertThat(outcome.exitCode()).isZero();
    }
}
