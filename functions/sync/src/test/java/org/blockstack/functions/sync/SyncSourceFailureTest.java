package org.blockstack.functions.sync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import jakarta.inject.Inject;

import org.blockstack.functions.emulators.bitcoin.EmulatedBitcoinNode;
import org.blockstack.functions.emulators.bitcoin.EsploraServer;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Sync reading through the Esplora API while it fails: the checkpoint never moves past what was
 * completely written, the error names the problem, and the next run proceeds. Small block limit
 * and short timeouts keep each step quick; tests run in order on one growing index.
 */
@QuarkusTest
@TestProfile(SyncSourceFailureTest.EsploraWithLimits.class)
@WithTestResource(LocalStackTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncSourceFailureTest {
    public static class EsploraWithLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("bitcoin.source", "esplora", "sync.max-blocks", "5", "bitcoin.timeout", "500ms",
                    "bitcoin.attempts", "2", "sync.fetch-threads", "1");
        }
    }

    @Inject
    SyncStateRepository state;
    @Inject
    BlockSourceWarmUp blockSourceWarmUp;

    private static EmulatedBitcoinNode node() {
        return LocalStackTestResource.current().bitcoin().orElseThrow();
    }

    private static void invoke(String status, String errorPart) {
        var response = given().contentType("application/json").body(SyncFunctionTest.SCHEDULED_EVENT).post("/");
        if (errorPart == null) {
            response.then().statusCode(200).body("status", equalTo(status));
        } else {
            response.then().statusCode(500).body(containsString(errorPart));
        }
    }

    private int checkpoint() {
        return state.checkpoint().orElseThrow().getHeight();
    }

    @Test
    @Order(1)
    void aBlockLimitStopsTheRunAndTheNextOneContinues() {
        given().contentType("application/json").body(SyncFunctionTest.SCHEDULED_EVENT).post("/").then()
                .statusCode(200)
                .body("status", equalTo("ok"))
                .body("firstHeight", equalTo(1))
                .body("lastHeight", equalTo(5))
                .body("stoppedBy", equalTo("block limit"));
        invoke("ok", null);
        assertThat(checkpoint()).isEqualTo(10);
    }

    @Test
    @Order(2)
    void aSourceThatKeepsAnswering500StopsTheRunBeforeThatBlock() {
        node().esplora().failNext("/block-height/13", EsploraServer.Fault.SERVER_ERROR);
        node().esplora().failNext("/block-height/13", EsploraServer.Fault.SERVER_ERROR);
        invoke(null, "HTTP 500");
        assertThat(checkpoint()).isEqualTo(12);
        invoke("ok", null);
        assertThat(checkpoint()).isEqualTo(17);
    }

    @Test
    @Order(3)
    void aTruncatedBlockIsRefusedAndFetchedAgainNextTime() {
        node().esplora().failNext("/raw", EsploraServer.Fault.TRUNCATED_BODY);
        invoke(null, "truncated or malformed");
        assertThat(checkpoint()).isEqualTo(17);
        invoke("ok", null);
        assertThat(checkpoint()).isEqualTo(22);
    }

    @Test
    @Order(4)
    void aBlockThatHashesToSomethingElseIsRefused() {
        byte[] genesis = node().chain().blockAt(0).orElseThrow().serialize();
        node().esplora().substituteNext("/raw", genesis);
        invoke(null, "hashes to " + node().chain().blockAt(0).orElseThrow().getHashAsString());
        assertThat(checkpoint()).isEqualTo(22);
        invoke("ok", null);
        assertThat(checkpoint()).isEqualTo(27);
    }

    @Test
    @Order(5)
    void aSourceThatTimesOutIsRetriedThenReported() {
        node().esplora().slowAnswerMillis(1_500);
        node().esplora().failNext("/blocks/tip/height", EsploraServer.Fault.SLOW);
        invoke("ok", null);
        assertThat(checkpoint()).as("one slow answer is retried").isEqualTo(32);
        node().esplora().failNext("/blocks/tip/height", EsploraServer.Fault.SLOW);
        node().esplora().failNext("/blocks/tip/height", EsploraServer.Fault.SLOW);
        invoke(null, "did not answer");
        assertThat(checkpoint()).isEqualTo(32);
    }

    @Test
    @Order(6)
    void theBlockSourceWarmUpAsksTheSourceForItsTip() {
        node().esplora().failNext("/blocks/tip/height", EsploraServer.Fault.SERVER_ERROR);
        node().esplora().failNext("/blocks/tip/height", EsploraServer.Fault.SERVER_ERROR);
        assertThatThrownBy(blockSourceWarmUp::run).hasMessageContaining("Esplora");
        blockSourceWarmUp.run();
    }
}
