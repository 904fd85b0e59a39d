package org.blockstack.functions.storage;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.local.LocalStackTestResource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class HubInfoResourceTest {
    @Test
    void hubInfoHasTheGaiaFields() {
        given().get("/hub_info").then()
                .statusCode(200)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .body("challenge_text", equalTo("[\"gaiahub\",\"0\",\"gaia-0\",\"blockstack_storage_please_sign\"]"))
                .body("latest_auth_version", equalTo("v1"))
                // the configured limit: unit tests use a Lambda deployment's (see the pom); the packaged
                // application in StorageFunctionIT runs with the default
                .body("max_file_upload_size_megabytes", equalTo(ConfigProvider.getConfig()
                        .getOptionalValue(Settings.GAIA_MAX_UPLOAD_MB, Double.class)
                        .orElse(Double.valueOf(Settings.DEFAULT_GAIA_MAX_UPLOAD_MB)).floatValue()))
                .body("read_url_prefix", endsWith("/hub/"));
        given().get("/hub_info/").then().statusCode(200).body("latest_auth_version", equalTo("v1"));
    }

    @Test
    void unknownPathGetsAJsonError() {
        given().get("/no-such-route").then()
                .statusCode(404)
                .contentType("application/json")
                .body("message", equalTo("No such endpoint"));
    }

    @Test
    void answersARawApiGatewayV2Event() {
        String event = """
                {"version":"2.0","routeKey":"$default","rawPath":"/hub_info","rawQueryString":"",
                 "headers":{"host":"hub.example.com","x-forwarded-proto":"https"},
                 "requestContext":{"http":{"method":"GET","path":"/hub_info","protocol":"HTTP/1.1",
                   "sourceIp":"192.0.2.1"},"requestId":"test-2","routeKey":"$default","stage":"$default"},
                 "isBase64Encoded":false}
                """;
        given().body(event).contentType("application/json").post("/_lambda_").then()
                .statusCode(200)
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"read_url_prefix\":\"https://hub.example.com/hub/\""));
    }
}
