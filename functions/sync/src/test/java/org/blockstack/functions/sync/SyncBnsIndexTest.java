package org.blockstack.functions.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.infra.aws.dynamodb.ChangeLog;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The demo chain (every kind of BNS operation, rejections, an expiry) synced into DynamoDB one
 * block per run through its BNS history, with a simulated crash before a random write in three runs
 * out of four: the index must end up exactly as the core computes the chain in memory.
 */
@QuarkusTest
@TestProfile(SyncBnsIndexTest.OneBlockPerRun.class)
@WithTestResource(LocalStackTestResource.class)
class SyncBnsIndexTest {
    public static class OneBlockPerRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sync.confirmations", "1", "sync.max-blocks", "1", "sync.fetch-threads", "1");
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

    @AfterEach
    void noCrashes() {
        sync.setWriteHook(ChangeLog.WriteHook.NONE);
    }

    @Test
    void crashesBeforeAnyWriteStillYieldTheIndexTheCoreComputes() {
        RegtestChain chain = LocalStackTestResource.current().bitcoin().orElseThrow().chain();
        NetworkParams params = network.bnsParams();
        // the demo chain's BNS history starts at block 101: get there without crashes
        while (state.checkpoint().map(c -> c.getHeight()).orElse(0) < 100) {
            assertThat(sync.runOnce().status()).isEqualTo("ok");
        }

        Random random = new Random(20261126);
        List<String> crashedBefore = new ArrayList<>();
        int lastCompletedWrites = 4;
        int run = 0;
        while (state.checkpoint().orElseThrow().getHeight() < chain.tipHeight()) {
            // every fourth run is left alone; the others crash before a write picked uniformly from
            // about twice as many writes as the last completed run made, so crashes land anywhere in
            // a block's log, record, apply and checkpoint writes (BNS blocks here make up to ~200)
            int crashAt = run++ % 4 == 3 ? Integer.MAX_VALUE : 1 + random.nextInt(2 * lastCompletedWrites);
            int[] writes = {0};
            sync.setWriteHook(what -> {
                if (++writes[0] == crashAt) {
                    throw new SimulatedCrash(what);
                }
            });
            try {
                sync.runOnce();
                lastCompletedWrites = Math.max(4, writes[0]);
            } catch (SimulatedCrash expected) {
                crashedBefore.add(expected.getMessage());
            }
            sync.setWriteHook(ChangeLog.WriteHook.NONE);
            assertThat(run).as("runs needed").isLessThan(1_000);
        }
        BnsIndexContents expected = BnsIndexContents.expected(chain, params, chain.tipHeight());
        BnsIndexContents stored = BnsIndexContents.stored(dynamoDb, tables, params.firstBlock(), chain.tipHeight());
        assertThat(expected.valueCount()).as("the demo chain creates BNS state").isGreaterThan(100);
        assertThat(stored.valuesByTable()).isEqualTo(expected.valuesByTable());
        assertThat(stored.consensusHashes()).isEqualTo(expected.consensusHashes());
        assertThat(crashedBefore).as("crashes injected").hasSizeGreaterThan(15);
        assertThat(crashedBefore.stream().map(where -> where.replaceAll(" \\d+.*", "")).distinct())
                .as("kinds of write a crash preceded").hasSizeGreaterThanOrEqualTo(4);
        assertThat(crashedBefore).as("crashes while a block's BNS changes were logged or applied")
                .filteredOn(where -> where.contains("log change") || where.contains("apply change"))
                .hasSizeGreaterThan(5);
    }
}
