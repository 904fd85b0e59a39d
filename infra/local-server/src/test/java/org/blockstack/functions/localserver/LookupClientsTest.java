package org.blockstack.functions.localserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;

import org.blockstack.functions.emulators.NodePackages;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.local.ConformanceScripts;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The real client libraries against the read API of the local server: stacks.js
 * ({@code @stacks/auth} 7.6.0) against the Stacks API dialect under {@code /stacks}, blockstack.js
 * 21.1.1 against the Core dialect, resolving demo names and a demo subdomain to the signed profiles the local stack
 * published ({@code src/test/resources/profile-clients/check-clients.mjs}, pinned with its lock file).
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LookupClientsTest {
    @TestHTTPResource("/")
    URL base;

    @Test
    void stacksJsAndBlockstackJsResolveDemoProfiles() {
        DemoIndex.awaitSynced();
        Path clients = NodePackages.install("profile-clients", NodePackages.resources("profile-clients",
                "package.json", "package-lock.json", "check-clients.mjs"));
        ConformanceScripts.Outcome outcome = ConformanceScripts.runIn(clients, "check-clients.mjs",
                Duration.ofMinutes(3), base.toString(), "alice.demo", "Alice (demo)", "ivan.demo",
                "ann." + DemoChain.REGISTRAR_NAME, "Sub-ann (demo)");
        assertThat(outcome.failed()).as("failed cases:\n%s\nwhole output:\n%s", outcome.failures(), outcome.output())
                .isZero();
        assertThat(outcome.passed()).as(outcome.output()).isEqualTo(11);
        assertThat(outcome.exitCode()).isZero();
    }
}
