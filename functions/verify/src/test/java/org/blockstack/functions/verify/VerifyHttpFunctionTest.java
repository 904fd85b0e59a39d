package org.blockstack.functions.verify;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Base64;
import java.util.Map;

import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The {@code verifyHttp} function, deployed behind the API Gateway route POST /v1/tokens/verify:
 * each test posts an API Gateway HTTP API (v2) event to the mock Lambda event server.
 */
@QuarkusTest
@TestProfile(VerifyHttpFunctionTest.HttpExport.class)
@WithTestResource(LocalStackTestResource.class)
class VerifyHttpFunctionTest {
    public static class HttpExport implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "verifyHttp");
        }
    }

    private static String event(String body, boolean base64) {
        return event(body, base64, "application/json");
    }

    private static String event(String body, boolean base64, String contentType) {
        String encoded = base64 ? Base64.getEncoder().encodeToString(body.getBytes()) : body;
        return """
                {"version":"2.0","routeKey":"POST /v1/tokens/verify","rawPath":"/v1/tokens/verify",
                 "headers":{"content-type":"%s"},
                 "requestContext":{"http":{"method":"POST","path":"/v1/tokens/verify"}},
                 "body":%s,"isBase64Encoded":%s}
                """.formatted(contentType, quote(encoded), base64);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void aValidTokenIsAnswered200() {
        String body = "{\"token\":\"" + VerifyFunctionTest.authRequest() + "\"}";
        given().contentType("application/json").body(event(body, false)).post("/").then()
                .statusCode(200)
                .body("statusCode", equalTo(200))
                .body("headers.Content-Type", equalTo("application/json"))
                .body("body", containsString("\"valid\":true"));
        given().contentType("application/json").body(event(body, true)).post("/").then()
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"valid\":true"));
    }

    @Test
    void aBodyThatIsNotDeclaredJsonIsAnswered415() {
        given().contentType("application/json")
                .body(event("{\"token\":\"a.b.c\"}", false, "application/x-www-form-urlencoded")).post("/").then()
                .body("statusCode", equalTo(415))
                .body("body", containsString("expects application/json"));
    }

    @Test
    void malformedRequestsAreAnswered400WithAJsonReason() {
        Map<String, String> cases = Map.of(
                "not json", "not valid JSON",
                "{\"token\":\"a.b.c\"} {\"token\":\"d.e.f\"}", "not valid JSON",
                "[1,2]", "not an object",
                "{}", "\\\"token\\\" is missing",
                "{\"token\":5}", "must be a string",
                "{\"token\":\"a.b.c\",\"type\":\"x\"}", "\\\"type\\\" must be one of",
                "{\"token\":\"a.b.c\",\"address\":[1]}", "\\\"address\\\" must be a string",
                "{\"token\":\"" + "a".repeat(70_000) + "\"}", "larger than 65536 bytes");
        cases.forEach((body, reason) -> given().contentType("application/json").body(event(body, false)).post("/")
                .then()
                .body("statusCode", equalTo(400))
                .body("body", containsString("\"error\":"))
                .body("body", containsString(reason)));
    }
}
