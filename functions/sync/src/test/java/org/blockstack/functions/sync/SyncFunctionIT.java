package org.blockstack.functions.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The built artifact (target/function.zip under Lambda's runtime client, or -Pnative's binary)
 * taking an EventBridge scheduled event: Bitcoin REST in, DynamoDB writes out.
 */
@QuarkusIntegrationTest
@TestProfile(SyncFunctionIT.SyncExport.class)
@WithTestResource(LocalStackTestResource.class)
class SyncFunctionIT {
    /** As deployed with QUARKUS_FUNQY_EXPORT=sync (the artifact also holds extract). */
    public static class SyncExport implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "sync");
        }
    }

    @Test
    void aScheduledEventIndexesTheConfirmedBlocksThenResumes() {
        RegtestChain chain = LocalStackTestResource.current().bitcoin().orElseThrow().chain();
        int confirmed = chain.tipHeight() - 6 + 1;

        given().contentType("application/json").body(SyncFunctionTest.SCHEDULED_EVENT).post("/").then()
                .statusCode(200)
                .body("status", equalTo("ok"))
                .body("firstHeight", equalTo(1))
                .body("lastHeight", equalTo(confirmed));
        given().contentType("application/json").body(SyncFunctionTest.SCHEDULED_EVENT).post("/").then()
                .statusCode(200)
                .body("firstHeight", equalTo(confirmed + 1))
                .body("blocks", equalTo(0));
    }
}
