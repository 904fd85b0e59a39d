package org.blockstack.functions.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.blockstack.functions.local.ConformanceScripts;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * The shared conformance checks ({@code ../shared/conformance/gaia/check-hub.mjs}): the real
 * {@code @stacks/storage} client drives this function, through its Lambda binding (the mock event
 * server turns each HTTP request into an API Gateway event), and reads files back from the
 * read URL the hub advertises.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class GaiaConformanceTest {
    @Test
    void theRealClientLibraryFindsNothingWrong() {
        String hub = "http://localhost:" + RestAssured.port;
        ConformanceScripts.Outcome outcome = ConformanceScripts.run("gaia/check-hub.mjs", Duration.ofMinutes(5), hub);
        assertThat(outcome.failed()).as("failed checks:%n%s%nfull output:%n%s", outcome.failures(), outcome.output())
                .isZero();
        assertThat(outcome.passed()).as(outcome.output()).isGreaterThan(50);
        assertThat(outcome.exitCode()).isZero();
    }
}
