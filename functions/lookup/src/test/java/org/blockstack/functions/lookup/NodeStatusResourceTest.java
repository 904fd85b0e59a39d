package org.blockstack.functions.lookup;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import jakarta.inject.Inject;

import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Over HTTP through the mock Lambda event server (each request becomes an API Gateway v2 event). */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class NodeStatusResourceTest {
    @Inject
    SyncStateRepository syncState;

    @Test
    void infoReportsTheCheckpointThatSyncWrote() {
        CheckpointItem checkpoint = new CheckpointItem();
        checkpoint.setHeight(42);
        checkpoint.setBlockHash("aa".repeat(32));
        checkpoint.setLastBlockSeen(47);
        checkpoint.setLastBlockSeenHash("bb".repeat(32));
        syncState.saveCheckpoint(checkpoint);

        given().get("/v1/info").then()
                .statusCode(200)
                .contentType("application/json")
                .header("Access-Control-Allow-Origin", "*")
                .body("last_block_processed", equalTo(42))
                .body("last_block_processed_hash", equalTo("aa".repeat(32)))
                .body("last_block_seen", equalTo(47))
                .body("first_block", equalTo(1))
                .body("testnet", equalTo(true))
                .body("server_alive", equalTo(true))
                .body("server_version", startsWith("blockstack-functions/"));
    }

    @Test
    void pingAnswersAlive() {
        given().get("/v1/node/ping").then().statusCode(200).body("status", equalTo("alive"));
        given().get("/v1/ping").then().statusCode(200).body("status", equalTo("alive"));
    }

    @Test
    void unknownPathsAndMethodsGetJsonErrors() {
        given().get("/v1/no/such/thing").then()
                .statusCode(404)
                .contentType("application/json")
                .body("error", equalTo("No such endpoint"));
        given().body("{}").contentType("application/json").post("/v1/info").then()
                .statusCode(405)
                .contentType("application/json")
                .body("error", startsWith("Method not allowed"));
    }

    @Test
    void answersARawApiGatewayV2Event() {
        String event = """
                {"version":"2.0","routeKey":"$default","rawPath":"/v1/node/ping","rawQueryString":"",
                 "headers":{"accept":"application/json","host":"api.example.com"},
                 "requestContext":{"http":{"method":"GET","path":"/v1/node/ping","protocol":"HTTP/1.1",
                   "sourceIp":"192.0.2.1"},"requestId":"test-1","routeKey":"$default","stage":"$default"},
                 "isBase64Encoded":false}
                """;
        given().body(event).contentType("application/json").post("/_lambda_").then()
                .statusCode(200)
                .body("statusCode", equalTo(200))
                .body("headers.Content-Type", startsWith("application/json"))
                .body("body", containsString("\"status\":\"alive\""));
    }
}
