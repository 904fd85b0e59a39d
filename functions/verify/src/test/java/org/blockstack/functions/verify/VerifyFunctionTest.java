package org.blockstack.functions.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The {@code verify} function invoked directly: the Lambda event is the request itself. */
@QuarkusTest
@TestProfile(VerifyFunctionTest.DirectExport.class)
@WithTestResource(LocalStackTestResource.class)
class VerifyFunctionTest {
    /** As deployed with QUARKUS_FUNQY_EXPORT=verify. */
    public static class DirectExport implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "verify");
        }
    }

    static final Es256kSigner APP_KEY = new Es256kSigner("c0ffee".repeat(10) + "c0ff");

    static String validToken() {
        return APP_KEY.sign(Map.of("public_keys", List.of(APP_KEY.publicKeyHex()), "iss", "did:btc-addr:1test"));
    }

    @Test
    void aValidTokenVerifies() {
        given().contentType("application/json").body(Map.of("token", validToken(), "type", "authRequest"))
                .post("/").then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("type", equalTo("authRequest"))
                .body("issuer", equalTo("did:btc-addr:1test"))
                .body("checks.name", hasItem("signature"));
    }

    @Test
    void aTokenWithAnotherKeysSignatureDoesNot() {
        Es256kSigner other = new Es256kSigner("1".repeat(64));
        String forged = other.sign(Map.of("public_keys", List.of(APP_KEY.publicKeyHex())));
        given().contentType("application/json").body(Map.of("token", forged))
                .post("/").then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("type", equalTo("auto"))
                .body("checks.find { it.name == 'signature' }.ok", equalTo(false));
    }

    @Test
    void aRequestWithoutTokenIsAnsweredAsInvalidWithTheReason() {
        given().contentType("application/json").body(Map.of("type", "profile"))
                .post("/").then()
                .statusCode(200)
                .body("valid", equalTo(false))
                .body("checks[0].name", equalTo("request"))
                .body("checks[0].reason", equalTo("\"token\" is missing"));
    }
}
