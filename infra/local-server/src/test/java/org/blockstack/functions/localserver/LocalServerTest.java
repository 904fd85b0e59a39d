package org.blockstack.functions.localserver;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;

import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.TestTokens;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** All four functions on one base URL, as the README's run command serves them. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class LocalServerTest {
    @Test
    void theSyncTimerIndexesTheChainUpToItsConfirmedTip() throws Exception {
        RegtestChain chain = LocalStackTestResource.current().bitcoin().orElseThrow().chain();
        int confirmedTip = chain.tipHeight() - 6 + 1;
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int processed = -1;
        while (System.nanoTime() < deadline && processed < confirmedTip) {
            processed = given().get("/v1/info").then().statusCode(200).extract().path("last_block_processed");
            Thread.sleep(250);
        }
        given().get("/v1/info").then()
                .body("last_block_processed", equalTo(confirmedTip))
                .body("last_block_processed_hash", equalTo(chain.blockAt(confirmedTip).orElseThrow().getHashAsString()));
    }

    @Test
    void syncRunsOnRequest() {
        given().post("/sync").then().statusCode(200).body("status", equalTo("ok"));
    }

    @Test
    void verifyRouteJudgesTokensAndRefusesMalformedBodies() {
        Es256kSigner key = TestTokens.idKey();
        String token = key.sign(TestTokens.authResponseClaims(key));
        given().contentType("application/json").body(Map.of("token", token)).post("/v1/tokens/verify").then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("type", equalTo("authResponse"));
        given().contentType("application/json").body("not json").post("/v1/tokens/verify").then()
                .statusCode(400)
                .contentType("application/json")
                .body("error", containsString("not valid JSON"));
        given().contentType("text/plain").body("{\"token\":\"" + token + "\"}").post("/v1/tokens/verify").then()
                .statusCode(415)
                .contentType("application/json")
                .body("error", containsString("expects application/json"));
    }

    @Test
    void hubInfoAndLookupShareTheBaseUrl() {
        given().get("/hub_info").then().statusCode(200).body("read_url_prefix", endsWith("/hub/"));
        given().get("/v1/node/ping").then().statusCode(200).body("status", equalTo("alive"));
        given().get("/v1/nothing-here").then().statusCode(404).body("error", equalTo("No such endpoint"));
    }
}
