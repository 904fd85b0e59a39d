package org.blockstack.functions.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.ChangeLog;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainItem;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainReadIndex;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainRecordItem;
import org.blockstack.functions.infra.aws.s3.ZonefileStore;
import org.blockstack.functions.local.LocalStackTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Reorganisations and interrupted runs, at confirmation depth 1 so every block up to the tip is
 * indexed and can be replaced. After every scenario the index must describe exactly the
 * source's active chain, subdomains included.
 */
@QuarkusTest
@TestProfile(SyncReorgTest.TipWithSmallUndoWindow.class)
@WithTestResource(LocalStackTestResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncReorgTest {
    static final int UNDO_WINDOW = 8;

    public static class TipWithSmallUndoWindow implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sync.confirmations", "1", "sync.undo-window", String.valueOf(UNDO_WINDOW));
        }
    }

    @Inject
    SyncService sync;
    @Inject
    SyncStateRepository state;
    @Inject
    SubdomainReadIndex subdomains;
    @Inject
    ZonefileStore zonefiles;

    private static RegtestChain chain() {
        return LocalStackTestResource.current().bitcoin().orElseThrow().chain();
    }

    @AfterEach
    void noCrashes() {
        sync.setWriteHook(ChangeLog.WriteHook.NONE);
    }

    private void assertIndexFollowsTheChain() {
        RegtestChain chain = chain();
        assertThat(state.checkpoint().orElseThrow().getHeight()).isEqualTo(chain.tipHeight());
        assertThat(state.checkpoint().orElseThrow().getBlockHash()).isEqualTo(chain.tip().getHashAsString());
        for (int height = Math.max(1, chain.tipHeight() - 12); height <= chain.tipHeight(); height++) {
            assertThat(state.block(height)).as("block record at %d", height).get()
                    .extracting(BlockItem::getHash).isEqualTo(chain.blockAt(height).orElseThrow().getHashAsString());
        }
        assertThat(state.block(chain.tipHeight() + 1)).isEmpty();
    }

    private void replaceTop(int depth, int newBlocks, String branch) {
        RegtestChain chain = chain();
        chain.rewindTo(chain.tipHeight() - depth);
        for (int i = 0; i < newBlocks; i++) {
            chain.append(List.of(), branch);
        }
    }

    @Test
    @Order(1)
    void syncsToTheTip() {
        assertThat(sync.runOnce().status()).isEqualTo("ok");
        assertIndexFollowsTheChain();
    }

    @Test
    @Order(2)
    void aOneBlockReorgIsTakenBackAndReplaced() {
        replaceTop(1, 1, "b1");
        SyncSummary summary = sync.runOnce();
        assertThat(summary.status()).isEqualTo("ok");
        assertIndexFollowsTheChain();
    }

    @Test
    @Order(3)
    void aThreeBlockReorgWithALongerBranch() {
        replaceTop(3, 5, "b3");
        assertThat(sync.runOnce().status()).isEqualTo("ok");
        assertIndexFollowsTheChain();
    }

    @Test
    @Order(4)
    void aReorgAsDeepAsTheDefaultConfirmationDepth() {
        replaceTop(6, 6, "b6");
        assertThat(sync.runOnce().status()).isEqualTo("ok");
        assertIndexFollowsTheChain();
    }

    @Test
    @Order(5)
    void aCrashBeforeAnyWriteOfAReorgingRunIsFinishedByTheNextRun() {
        int crashes = 0;
        for (int crashAt = 1;; crashAt++) {
            replaceTop(2, 3, "crash-" + crashAt);
            int[] writes = {0};
            int target = crashAt;
            sync.setWriteHook(what -> {
                if (++writes[0] == target) {
                    throw new SimulatedCrash(what);
                }
            });
            boolean crashed;
            try {
                sync.runOnce();
                crashed = false;
            } catch (SimulatedCrash expected) {
                crashed = true;
                crashes++;
            }
            sync.setWriteHook(ChangeLog.WriteHook.NONE);
            assertThat(sync.runOnce().status()).isEqualTo("ok");
            assertIndexFollowsTheChain();
            if (!crashed) {
                break;
            }
        }
        assertThat(crashes).as("a reorging run writes at least this often").isGreaterThanOrEqualTo(8);
    }

    @Test
    @Order(6)
    void aTakenBackUpdateTakesItsSubdomainsAlongAndTheSameTransactionMinedAgainBringsThemBack() {
        DemoChain demo = LocalStackTestResource.current().demo().orElseThrow();
        RegtestChain chain = chain();
        String ann = "ann.registrar.demo";
        String zed = "zed.registrar.demo";
        SubdomainItem annBefore = subdomains.find(ann).orElseThrow();
        int tip = chain.tipHeight();
        // registers zed and transfers ann to another key, in one zone file sync finds stored
        DemoChain.Announcing update = demo.registrarUpdate(state.block(tip).orElseThrow().getConsensusHash(), List.of(
                new DemoChain.SubdomainOperation("zed", "sub-eve", 0, null),
                new DemoChain.SubdomainOperation("ann", "sub-ben", annBefore.getSequence() + 1, "sub-ann")));
        zonefiles.put(update.zonefileHash(), update.zonefile().getBytes(StandardCharsets.UTF_8));
        String txid = update.transaction().getTxId().toString();
        chain.append(List.of(update.transaction()), "sub-a");
        assertThat(sync.runOnce().status()).isEqualTo("ok");
        assertThat(subdomains.find(zed)).isPresent();
        assertThat(subdomains.find(ann).orElseThrow().getTxid()).isEqualTo(txid);

        replaceTop(1, 2, "sub-b");
        assertThat(sync.runOnce().status()).isEqualTo("ok");
        assertIndexFollowsTheChain();
        assertThat(subdomains.find(zed)).as("registered only by the dropped update").isEmpty();
        assertThat(subdomains.ofParent("registrar.demo")).doesNotContain(zed);
        assertThat(subdomains.find(ann).orElseThrow()).as("the state before the dropped update")
                .extracting(SubdomainItem::getTxid, SubdomainItem::getOwner, SubdomainItem::getSequence)
                .containsExactly(annBefore.getTxid(), annBefore.getOwner(), annBefore.getSequence());
        assertThat(subdomains.records(ann)).extracting(SubdomainRecordItem::getTxid).doesNotContain(txid);
        assertThat(subdomains.inTransaction(txid)).isEmpty();

        // the same transaction mined again in the new branch, two blocks higher
        chain.append(List.of(update.transaction()), "sub-b");
        assertThat(sync.runOnce().status()).isEqualTo("ok");
        assertThat(subdomains.find(zed).orElseThrow().getHeight()).isEqualTo(tip + 3);
        assertThat(subdomains.find(ann).orElseThrow().getTxid()).isEqualTo(txid);

        // and once more at its first place (same height and position), after another reorganisation
        chain.rewindTo(tip);
        chain.append(List.of(update.transaction()), "sub-c");
        chain.append(List.of(), "sub-c");
        chain.append(List.of(), "sub-c");
        assertThat(sync.runOnce().status()).isEqualTo("ok");
        assertIndexFollowsTheChain();
        assertThat(subdomains.find(zed).orElseThrow().getHeight()).isEqualTo(tip + 1);
        assertThat(subdomains.records(zed)).extracting(SubdomainRecordItem::getHeight).containsExactly(tip + 1);
        assertThat(subdomains.inTransaction(txid)).extracting(SubdomainRecordItem::getFqn, SubdomainRecordItem::getHeight)
                .containsExactly(tuple(zed, tip + 1), tuple(ann, tip + 1));
        assertThat(subdomains.find(ann).orElseThrow().getOwner()).isEqualTo(demo.addressOf("sub-ben"));
    }

    @Test
    @Order(7)
    void aReorgDeeperThanTheUndoWindowStopsWithoutTouchingTheIndex() {
        int top = chain().tipHeight();
        List<String> before = new ArrayList<>();
        for (int height = top - UNDO_WINDOW - 2; height <= top; height++) {
            before.add(state.block(height).orElseThrow().getHash());
        }
        replaceTop(UNDO_WINDOW + 1, UNDO_WINDOW + 2, "too-deep");

        SyncSummary summary = sync.runOnce();
        assertThat(summary.status()).isEqualTo("error");
        assertThat(summary.error()).contains("deeper than the undo window of " + UNDO_WINDOW);
        assertThat(state.checkpoint().orElseThrow().getHeight()).isEqualTo(top);
        List<String> after = new ArrayList<>();
        for (int height = top - UNDO_WINDOW - 2; height <= top; height++) {
            after.add(state.block(height).orElseThrow().getHash());
        }
        assertThat(after).isEqualTo(before);
    }
}
