package org.blockstack.functions.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.Secp256k1Keys;
import org.blockstack.functions.core.tokens.TestTokens;
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

    static final Es256kSigner ID = TestTokens.idKey();

    static String authRequest() {
        return ID.sign(TestTokens.authRequestClaims(ID));
    }

    @Test
    void anAuthRequestVerifiesWithEveryRuleListed() {
        given().contentType("application/json").body(Map.of("token", authRequest(), "type", "authRequest"))
                .post("/").then()
                .statusCode(200)
                .body("valid", equalTo(true))
                .body("type", equalTo("authRequest"))
                .body("issuer", equalTo("did:btc-addr:" + TestTokens.ID_ADDRESS))
                .body("checks.name", hasItems("decode", "algorithm", "expiresAt", "issuedAt", "signature", "issuer",
                        "manifestUri", "redirectUri"))
                .body("payload.domain_name", equalTo("https://app.example.com"));
    }

    @Test
    void autoFindsTheKindFromTheClaims() {
        given().contentType("application/json").body(Map.of("token", ID.sign(TestTokens.authResponseClaims(ID)), "type", "auto"))
                .post("/").then()
                .body("valid", equalTo(true))
                .body("type", equalTo("authResponse"));
        given().contentType("application/json").body(Map.of("token", ID.sign(Map.of("n", 1))))
                .post("/").then()
                .body("valid", equalTo(false))
                .body("type", nullValue())
                .body("checks[0].name", equalTo("type"));
    }

    @Test
    void profileTokensAreJudgedAgainstTheExpectedSigner() {
        String profile = ID.sign(TestTokens.profileClaims(TestTokens.ID_PUBLIC));
        given().contentType("application/json")
                .body(Map.of("token", profile, "type", "profile", "address", TestTokens.ID_STACKS_ADDRESS))
                .post("/").then()
                .body("valid", equalTo(true))
                .body("issuer", equalTo(TestTokens.ID_PUBLIC));
        given().contentType("application/json")
                .body(Map.of("token", profile, "type", "profile", "address", TestTokens.OTHER_ADDRESS))
                .post("/").then()
                .body("valid", equalTo(false))
                .body("checks.find { it.name == 'expectedSigner' }.ok", equalTo(false));
    }

    @Test
    void aTokenSignedByAnotherKeyIsInvalidAndSaysWhy() {
        String forged = TestTokens.otherKey().sign(TestTokens.authRequestClaims(ID));
        given().contentType("application/json").body(Map.of("token", forged, "type", "authRequest"))
                .post("/").then()
                .body("valid", equalTo(false))
                .body("checks.find { it.name == 'signature' }.ok", equalTo(false))
                .body("checks.find { it.name == 'issuer' }.ok", equalTo(true));
    }

    @Test
    void gaiaTokensAreJudgedByTheHubsRules() {
        String gaia = "v1:" + ID.sign(Map.of("gaiaChallenge", "[]", "iss", TestTokens.ID_PUBLIC));
        given().contentType("application/json").body(Map.of("token", gaia, "type", "auto"))
                .post("/").then()
                .body("valid", equalTo(true))
                .body("type", equalTo("gaia"))
                .body("checks.find { it.name == 'gaia' }.ok", equalTo(true));
        given().contentType("application/json").body(Map.of("token", gaia, "type", "gaia",
                "address", Secp256k1Keys.bitcoinAddress(TestTokens.otherKey().publicKeyHex())))
                .post("/").then()
                .body("valid", equalTo(false))
                .body("checks.find { !it.ok }.name", equalTo("gaia.bucketAddress"));
        given().contentType("application/json").body(Map.of("token", "v1:" + authRequest(), "type", "gaia"))
                .post("/").then()
                .body("valid", equalTo(false))
                .body("checks.find { !it.ok }.name", equalTo("gaia.format"));
        // a legacy token whose base64 holds JSON null: refused as unreadable, not a crash in the rules
        given().contentType("application/json").body(Map.of("token", "bnVsbA==", "type", "gaia"))
                .post("/").then()
                .body("valid", equalTo(false))
                .body("checks.find { !it.ok }.name", equalTo("gaia.format"));
    }

    @Test
    void aHubUrlHintRequiresTheGaiaTokensHubUrlClaim() {
        String forHub = "v1:" + ID.sign(Map.of("gaiaChallenge", "[]", "iss", TestTokens.ID_PUBLIC,
                "hubUrl", "https://hub.example.com/"));
        // the hub drops one trailing slash from the claim; so does the hint
        for (String hint : new String[] {"https://hub.example.com", "https://hub.example.com/"}) {
            given().contentType("application/json").body(Map.of("token", forHub, "hubUrl", hint))
                    .post("/").then()
                    .body("valid", equalTo(true))
                    .body("checks[0].reason", containsString("for the hub asked for"));
        }
        given().contentType("application/json").body(Map.of("token", forHub, "hubUrl", "https://other-hub.example.net"))
                .post("/").then()
                .body("valid", equalTo(false))
                .body("checks[0].name", equalTo("gaia.hubUrl"))
                .body("checks[0].reason", equalTo("Auth token's claimed hub url 'https://hub.example.com' not found in"
                        + " this hubs set: [\"https://other-hub.example.net\"]"));
        String withoutHubUrl = "v1:" + ID.sign(Map.of("gaiaChallenge", "[]", "iss", TestTokens.ID_PUBLIC));
        given().contentType("application/json").body(Map.of("token", withoutHubUrl, "type", "gaia",
                "hubUrl", "https://hub.example.com"))
                .post("/").then()
                .body("valid", equalTo(false))
                .body("checks[0].name", equalTo("gaia.hubUrl"))
                .body("checks[0].reason", equalTo("Authentication must provide a claimed hub. You may need to update"
                        + " stacks.js: the token has no hubUrl claim; expected one of [\"https://hub.example.com\"]"));
        // a legacy (v0) token cannot carry the claim
        String legacy = Base64.getEncoder().encodeToString(("{\"publickey\":\"" + TestTokens.ID_PUBLIC
                + "\",\"signature\":\"3006020101020101\"}").getBytes(StandardCharsets.UTF_8));
        given().contentType("application/json").body(Map.of("token", legacy, "type", "gaia", "hubUrl", "https://hub.example.com"))
                .post("/").then()
                .body("valid", equalTo(false))
                .body("checks[0].name", equalTo("gaia.hubUrl"));
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
