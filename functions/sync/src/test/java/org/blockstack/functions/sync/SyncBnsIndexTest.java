package org.blockstack.functions.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * The demo chain (every kind of BNS operation, rejections, an expiry) synced into DynamoDB two
 * blocks per run through its BNS history, with a simulated crash before every write of every run
 * in turn: the index must end up exactly as the core computes the chain in memory. Two blocks per
 * run leave records above the checkpoint when a run crashes before its last write.
 */
@QuarkusTest
@TestProfile(SyncBnsIndexTest.OneBlockPerRun.class)
@WithTestResource(LocalStackTestResource.class)
class SyncBnsIndexTest {
    public static class OneBlockPerRun implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sync.confirmations", "1", "sync.max-blocks", "2", "sync.fetch-threads", "1");
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
        // the demo chain's BNS history starts at block 101: get near it without crashes
        while (state.checkpoint().map(c -> c.getHeight()).orElse(0) < 96) {
            assertThat(sync.runOnce().status()).isEqualTo("ok");
        }

        // each run crashes before its first write, the next one before its second, and so on until
        // one completes: every write of every run (including the finishing of crashed ones) is a
        // crash point once
        List<String> crashedBefore = new ArrayList<>();
        int crashAt = 1;
        int runs = 0;
        while (state.checkpoint().orElseThrow().getHeight() < chain.tipHeight()) {
            int[] writes = {0};
            int target = crashAt;
            sync.setWriteHook(what -> {
                if (++writes[0] == target) {
                    throw new SimulatedCrash(what);
                }
            });
            try {
                sync.runOnce();
                crashAt = 1;
            } catch (SimulatedCrash expected) {
                crashedBefore.add(expected.getMessage());
                crashAt++;
            }
            sync.setWriteHook(ChangeLog.WriteHook.NONE);
            assertThat(++runs).as("runs needed").isLessThan(1_000);
        }
        BnsIndexContents expected = BnsIndexContents.expected(chain, params, chain.tipHeight());
        BnsIndexContents stored = BnsIndexContents.stored(dynamoDb, tables, params.firstBlock(), chain.tipHeight());
        assertThat(expected.valueCount()).as("the demo chain creates BNS state").isGreaterThan(100);
        assertThat(stored.valuesByTable()).isEqualTo(expected.valuesByTable());
        assertThat(stored.consensusHashes()).isEqualTo(expected.consensusHashes());
        assertThat(crashedBefore).as("crashes injected").hasSizeGreaterThan(30);
        assertThat(crashedBefore.stream().map(where -> where.replaceAll(" \\d+.*", "")).distinct())
                .as("kinds of write a crash preceded").hasSizeGreaterThanOrEqualTo(4);
        assertThat(crashedBefore).as("crashes while a block's BNS changes were logged or applied")
                .filteredOn(where -> where.contains("log change") || where.contains("apply change"))
                .hasSizeGreaterThan(8);
    }
}
