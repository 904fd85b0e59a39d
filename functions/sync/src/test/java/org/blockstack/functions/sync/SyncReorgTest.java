package org.blockstack.functions.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.ChangeLog;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
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
 * source's active chain.
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
