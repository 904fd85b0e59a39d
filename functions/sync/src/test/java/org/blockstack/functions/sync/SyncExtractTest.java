package org.blockstack.functions.sync;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.emulators.aws.LambdaEmulator;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Catch-up at scale, locally: sync, far behind, hands chunks of ten blocks to the extract function
 * (asynchronous Lambda invocations, recorded by the Lambda emulator); each recorded event then goes
 * to the extract function through the Lambda event path, which stores the chunks in S3; later runs
 * apply the stored extracts instead of reading those blocks, except a chunk the chain reorganised
 * after it was extracted. The index must end up as the core computes the chain in memory.
 */
@QuarkusTest
@TestProfile(SyncExtractTest.ExtractExport.class)
@WithTestResource(LocalStackTestResource.class)
@WithTestResource(LambdaEmulatorResource.class)
class SyncExtractTest {
    static final String EXTRACT_FUNCTION = "bns-sync_extract:live";

    /** As deployed with QUARKUS_FUNQY_EXPORT=extract; sync runs in the same process through its service. */
    public static class ExtractExport implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "extract",
                    "sync.confirmations", "1",
                    "sync.max-blocks", "25",
                    "sync.extract-chunk-blocks", "10",
                    "sync.extract-function", EXTRACT_FUNCTION,
                    "sync.fanout-min-blocks", "20",
                    "sync.fanout-ahead-blocks", "200",
                    "sync.fanout-chunks-per-invocation", "3");
        }
    }

    @Inject
    SyncService sync;
    @Inject
    SyncStateRepository state;
    @Inject
    DynamoDbClient dynamoDb;
    @Inject
    TableNames tables;
    @Inject
    NetworkSettings network;

    @Test
    void syncFansOutExtractionAndAppliesTheStoredExtractsOfTheChainItFollows() {
        RegtestChain chain = LocalStackTestResource.current().bitcoin().orElseThrow().chain();
        LambdaEmulator lambda = LambdaEmulatorResource.current();

        SyncSummary first = sync.runOnce();
        assertThat(first.status()).isEqualTo("ok");
        assertThat(first.lastHeight()).isEqualTo(25);
        assertThat(first.extractedBlocks()).isZero();
        // chunk 0..9 holds the index, so fan-out starts at 10 and ends with the last whole confirmed chunk
        assertThat(first.extractChunksRequested()).isEqualTo(14);
        assertThat(lambda.invocations()).extracting(LambdaEmulator.Invocation::payload).containsExactly(
                "{\"fromHeight\":10,\"toHeight\":39}", "{\"fromHeight\":40,\"toHeight\":69}",
                "{\"fromHeight\":70,\"toHeight\":99}", "{\"fromHeight\":100,\"toHeight\":129}",
                "{\"fromHeight\":130,\"toHeight\":149}");
        assertThat(lambda.invocations()).extracting(LambdaEmulator.Invocation::functionName).containsOnly(EXTRACT_FUNCTION);

        for (LambdaEmulator.Invocation event : lambda.invocations()) {
            given().contentType("application/json").body(event.payload()).post("/").then()
                    .statusCode(200)
                    .body("status", equalTo("ok"))
                    .body("blocks", equalTo(event.payload().contains("130") ? 20 : 30));
        }
        // the chain reorganises above 145 after extraction: chunk 140..149 is stale from 146 on
        chain.rewindTo(145);
        for (int i = 0; i < 7; i++) {
            chain.append(List.of(), "after-extraction");
        }

        int extracted = 0;
        SyncSummary run;
        do {
            run = sync.runOnce();
            assertThat(run.status()).as("run %s", run).isEqualTo("ok");
            assertThat(run.extractChunksRequested()).as("chunks asked for again").isZero();
            extracted += run.extractedBlocks();
        } while (run.lastHeight() < chain.tipHeight());

        // 26..139 from extracts; 140..152 from the source (the stale chunk is refused whole)
        assertThat(extracted).isEqualTo(139 - 26 + 1);
        NetworkParams params = network.bnsParams();
        BnsIndexContents expected = BnsIndexContents.expected(chain, params, chain.tipHeight());
        BnsIndexContents stored = BnsIndexContents.stored(dynamoDb, tables, params.firstBlock(), chain.tipHeight());
        assertThat(stored.valuesByTable()).isEqualTo(expected.valuesByTable());
        assertThat(stored.consensusHashes()).isEqualTo(expected.consensusHashes());
        assertThat(state.block(chain.tipHeight()).orElseThrow().getHash()).isEqualTo(chain.tip().getHashAsString());
    }

    @Test
    void aRangeThatIsNotWholeChunksIsRefusedWithoutRetry() {
        given().contentType("application/json").body("{\"fromHeight\":5,\"toHeight\":14}").post("/").then()
                .statusCode(200)
                .body("status", equalTo("invalid"))
                .body("error", containsString("fromHeight must be a multiple of 10"));
        given().contentType("application/json").body("{\"fromHeight\":10}").post("/").then()
                .statusCode(200)
                .body("status", equalTo("invalid"))
                .body("error", containsString("expected {\"fromHeight\""));
    }
}
