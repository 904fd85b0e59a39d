package org.blockstack.functions.sync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;

import jakarta.inject.Inject;

import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.infra.aws.dynamodb.SyncLease;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The sync function invoked through the mock Lambda event server with an EventBridge scheduled event. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SyncFunctionTest {
    static final String SCHEDULED_EVENT = """
            {"version":"0","id":"53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa","detail-type":"Scheduled Event",
             "source":"aws.events","account":"123456789012","time":"2026-11-26T12:00:00Z","region":"us-east-1",
             "resources":["arn:aws:events:us-east-1:123456789012:rule/bns-sync"],"detail":{}}
            """;

    @Inject
    SyncStateRepository state;
    @Inject
    software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient dynamoDb;
    @Inject
    TableNames tables;

    @Test
    void indexesConfirmedBlocksAndResumesFromTheCheckpoint() {
        RegtestChain chain = LocalStackTestResource.current().bitcoin().orElseThrow().chain();
        int tip = chain.tipHeight();
        int confirmed = tip - 6 + 1;

        given().contentType("application/json").body(SCHEDULED_EVENT).post("/").then()
                .statusCode(200)
                .body("status", equalTo("ok"))
                .body("firstHeight", equalTo(1))
                .body("lastHeight", equalTo(confirmed))
                .body("tipHeight", equalTo(tip));
        assertThat(state.checkpoint().orElseThrow().getHeight()).isEqualTo(confirmed);
        assertThat(state.block(confirmed).orElseThrow().getHash())
                .isEqualTo(chain.blockAt(confirmed).orElseThrow().getHashAsString());
        assertThat(state.block(confirmed).orElseThrow().getParentHash())
                .isEqualTo(chain.blockAt(confirmed - 1).orElseThrow().getHashAsString());

        chain.appendEmpty(4);
        given().contentType("application/json").body(SCHEDULED_EVENT).post("/").then()
                .statusCode(200)
                .body("firstHeight", equalTo(confirmed + 1))
                .body("lastHeight", equalTo(confirmed + 4))
                .body("blocks", equalTo(4));

        given().contentType("application/json").body("{}").post("/").then()
                .statusCode(200)
                .body("blocks", equalTo(0));
    }

    @Test
    void anInvocationWhileAnotherHoldsTheLeaseDoesNothing() {
        SyncLease lease = new SyncLease(dynamoDb, tables, Clock.systemUTC());
        assertThat(lease.tryAcquire("another-invocation", Duration.ofMinutes(1))).isPresent();
        try {
            Integer before = state.checkpoint().map(c -> c.getHeight()).orElse(null);
            LocalStackTestResource.current().bitcoin().orElseThrow().chain().appendEmpty(1);
            given().contentType("application/json").body(SCHEDULED_EVENT).post("/").then()
                    .statusCode(200)
                    .body("status", equalTo("lease-held"))
                    .body("blocks", equalTo(0));
            assertThat(state.checkpoint().map(c -> c.getHeight()).orElse(null)).isEqualTo(before);
        } finally {
            lease.release("another-invocation");
        }
    }
}
