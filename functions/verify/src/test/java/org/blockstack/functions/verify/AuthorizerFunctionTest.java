package org.blockstack.functions.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.Map;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.TestTokens;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;

/**
 * The {@code authorize} function as API Gateway calls it: an HTTP API Lambda authorizer request
 * (payload format 2.0) posted to the mock Lambda event server, answered with a simple response.
 * Deployed for two hubs (one written with a trailing slash, the list with spaces), as Terraform
 * configures it for its own API.
 */
@QuarkusTest
@TestProfile(AuthorizerFunctionTest.AuthorizerExport.class)
@WithTestResource(LocalStackTestResource.class)
class AuthorizerFunctionTest {
    static final String HUB = "https://hub.example.com";

    /** As deployed with QUARKUS_FUNQY_EXPORT=authorize. */
    public static class AuthorizerExport implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "authorize",
                    Settings.VERIFY_AUTHORIZER_GAIA_HUB_URLS, HUB + "/, https://gaia.example.org");
        }
    }

    private static final Es256kSigner ID = TestTokens.idKey();

    /** A Gaia token as @stacks/storage makes it for {@code hubUrl}: no expiry. */
    static String gaiaToken(String hubUrl) {
        Map<String, Object> claims = new LinkedHashMap<>(Map.of("gaiaChallenge", "[]", "iss", TestTokens.ID_PUBLIC));
        if (hubUrl != null) {
            claims.put("hubUrl", hubUrl);
        }
        return "v1:" + ID.sign(claims);
    }

    static ValidatableResponse authorize(String authorization) {
        String headers = authorization == null ? "{\"accept\":\"*/*\"}"
                : "{\"accept\":\"*/*\",\"authorization\":\"" + authorization + "\"}";
        String identitySource = authorization == null ? "null" : "[\"" + authorization + "\"]";
        String event = """
                {"version":"2.0","type":"REQUEST",
                 "routeArn":"arn:aws:execute-api:us-east-1:123456789012:abcdef123/$default/GET/files",
                 "identitySource":%s,"routeKey":"GET /files","rawPath":"/files","rawQueryString":"",
                 "headers":%s,
                 "requestContext":{"accountId":"123456789012","apiId":"abcdef123","http":{"method":"GET","path":"/files",
                   "protocol":"HTTP/1.1","sourceIp":"192.0.2.1","userAgent":"test"},"requestId":"id","routeKey":"GET /files",
                   "stage":"$default","time":"01/Jan/2025:00:00:00 +0000","timeEpoch":1735689600000}}
                """.formatted(identitySource, headers);
        return given().contentType("application/json").body(event).post("/").then().statusCode(200);
    }

    @Test
    void aValidAuthResponseIsAdmittedWithTheIssuerInTheContext() {
        authorize("bearer " + ID.sign(TestTokens.authResponseClaims(ID)))
                .body("isAuthorized", equalTo(true))
                .body("context.tokenType", equalTo("authResponse"))
                .body("context.issuerAddress", equalTo(TestTokens.ID_ADDRESS))
                .body("context.issuer", equalTo("did:btc-addr:" + TestTokens.ID_ADDRESS))
                .body("context", not(org.hamcrest.Matchers.hasKey("username")));
        authorize("Bearer " + ID.sign(TestTokens.authResponseClaims(ID))).body("isAuthorized", equalTo(true));
    }

    @Test
    void aClaimedUsernameThatTheIndexCannotConfirmIsNotPassedOn() {
        Map<String, Object> claims = TestTokens.authResponseClaims(ID);
        claims.put("username", "alice.id");
        authorize("bearer " + ID.sign(claims))
                .body("isAuthorized", equalTo(true))
                .body("context", not(org.hamcrest.Matchers.hasKey("username")));
    }

    @Test
    void invalidOrOtherTokensAreDenied() {
        Map<String, Object> expired = TestTokens.authResponseClaims(ID);
        expired.put("exp", 1_577_836_800);
        authorize("bearer " + ID.sign(expired)).body("isAuthorized", equalTo(false)).body("context", anEmptyMap());
        authorize("bearer " + TestTokens.otherKey().sign(TestTokens.authResponseClaims(ID))).body("isAuthorized", equalTo(false));
        authorize("bearer " + ID.sign(TestTokens.authRequestClaims(ID))).body("isAuthorized", equalTo(false));
        authorize("bearer " + ID.sign(TestTokens.profileClaims(TestTokens.ID_PUBLIC))).body("isAuthorized", equalTo(false));
        authorize("bearer v1:" + ID.sign(Map.of("gaiaChallenge", "[]", "iss", TestTokens.ID_PUBLIC, "hubUrl", HUB,
                "exp", 1_577_836_800))).body("isAuthorized", equalTo(false));
    }

    @Test
    void aGaiaTokenForAConfiguredHubIsAdmittedWithItsBucketInTheContext() {
        for (String hubUrl : new String[] {HUB, HUB + "/", "https://gaia.example.org"}) {
            authorize("bearer " + gaiaToken(hubUrl))
                    .body("isAuthorized", equalTo(true))
                    .body("context.tokenType", equalTo("gaia"))
                    .body("context.issuerAddress", equalTo(TestTokens.ID_ADDRESS));
        }
    }

    @Test
    void aGaiaTokenForAnotherHubOrNoneIsDenied() {
        authorize("bearer " + gaiaToken("https://other-hub.example.net"))
                .body("isAuthorized", equalTo(false)).body("context", anEmptyMap());
        authorize("bearer " + gaiaToken("https://hub.example.com.evil.example"))
                .body("isAuthorized", equalTo(false));
        authorize("bearer " + gaiaToken(null)).body("isAuthorized", equalTo(false));
    }

    @Test
    void requestsWithoutABearerTokenAreDenied() {
        authorize(null).body("isAuthorized", equalTo(false));
        authorize("Basic dXNlcjpwdw==").body("isAuthorized", equalTo(false));
        authorize("bearer").body("isAuthorized", equalTo(false));
        authorize("bearer not-a-token").body("isAuthorized", equalTo(false));
    }
}
