package org.blockstack.functions.lookup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.aws.ColdStartPriming;
import org.blockstack.functions.common.aws.WarmUp;
import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With priming on (as on Lambda's on-demand starts), the function reads the chain tip while it
 * starts, and its first request answers from that reading; a failing warm-up stops no other.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@TestProfile(LookupWarmUpTest.Primed.class)
class LookupWarmUpTest {
    public static class Primed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cold-start.priming", "true", "lookup.cache-ttl", "1h");
        }
    }

    /** Fails, as a warm-up does when its store is unreachable. */
    @ApplicationScoped
    public static class FailingWarmUp implements WarmUp {
        static final AtomicInteger RUNS = new AtomicInteger();

        @Override
        public void run() {
            RUNS.incrementAndGet();
            throw new IllegalStateException("store unreachable");
        }
    }

    @Inject
    ColdStartPriming priming;
    @Inject
    SyncStateRepository syncState;

    @Test
    void theFirstRequestAnswersFromTheTipReadWhileStarting() throws InterruptedException {
        priming.awaitWarmUps();
        assertThat(FailingWarmUp.RUNS).hasValue(1);

        // sync records a block after the warm-up read the (empty) checkpoint
        CheckpointItem checkpoint = new CheckpointItem();
        checkpoint.setHeight(42);
        checkpoint.setBlockHash("aa".repeat(32));
        syncState.saveCheckpoint(checkpoint);

        // the warm-up's reading is reused for LOOKUP_CACHE_TTL, as any reading is: nothing processed yet
        given().get("/v1/info").then().statusCode(200).body("last_block_processed", equalTo(0));
    }

    @Test
    void theSnapStartHookBuildsTheClientsAndLeavesAWorkingFunction() {
        priming.beforeCheckpoint(null);
        priming.afterRestore(null);

        // answers that need both stores after the hook (a store that fails answers 503, not 404)
        given().get("/v1/names/never-registered-" + System.nanoTime() + ".id").then()
                .statusCode(404).body("status", equalTo("available"));
        given().get("/v1/zonefiles/" + "0".repeat(40)).then()
                .statusCode(404).body("error", startsWith("Blockstack node does not have this zonefile"));
    }
}
