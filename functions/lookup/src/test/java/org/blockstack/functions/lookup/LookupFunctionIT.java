package org.blockstack.functions.lookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The built artifact (target/function.zip under Lambda's runtime client, or -Pnative's binary)
 * answering API Gateway events, reading DynamoDB through the SDK as deployed.
 */
@QuarkusIntegrationTest
@WithTestResource(LocalStackTestResource.class)
class LookupFunctionIT {
    @Test
    void pingAnswersAlive() {
        given().get("/v1/node/ping").then().statusCode(200).body("status", equalTo("alive"));
    }

    @Test
    void infoReadsTheEmptyIndexFromDynamoDb() {
        given().get("/v1/info").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "*")
                .body("first_block", equalTo(1))
                .body("last_block_processed", equalTo(0))
                .body("last_block_processed_hash", nullValue())
                .body("testnet", equalTo(true));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().get("/v1/openapi.yaml").then().statusCode(200).contentType("application/yaml")
                .body(containsString("openapi: 3.1.0"));
    }

    @Test
    void unknownPathsGetJsonErrors() {
        given().get("/v1/no/such/thing").then().statusCode(404).body("error", equalTo("No such endpoint"));
    }
}
