package org.blockstack.functions.sync;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.common.Settings;
import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One sync run: from the block after the checkpoint up to the last block with enough
 * confirmations, each block is fetched, checked against its announced hash and its parent, and
 * recorded; the checkpoint moves only after the block's record is written.
 */
@ApplicationScoped
public class SyncService {
    private static final Logger LOG = Logger.getLogger(SyncService.class);

    @Inject
    SyncStateRepository state;
    @Inject
    NetworkSettings network;
    @Inject
    BlockSources sources;
    @ConfigProperty(name = Settings.SYNC_CONFIRMATIONS, defaultValue = "6")
    int confirmations;
    @ConfigProperty(name = Settings.SYNC_MAX_BLOCKS, defaultValue = "1000")
    int maxBlocks;

    /** Runs are serialised within one instance (the local timer and POST /sync may overlap). */
    public synchronized SyncSummary runOnce() {
        long started = System.nanoTime();
        Optional<CheckpointItem> checkpoint = state.checkpoint();
        int next = checkpoint.map(c -> c.getHeight() + 1).orElse(network.firstBlock());
        int first = next;
        int tip = -1;
        try {
            BlockSource source = sources.source();
            tip = source.tipHeight();
            String tipHash = source.blockHash(tip);
            // a block at height h has tip - h + 1 confirmations
            int lastEligible = Math.min(tip - Math.max(confirmations, 1) + 1, next + maxBlocks - 1);
            String parentHash = checkpoint.map(CheckpointItem::getBlockHash).orElse(null);
            for (int height = next; height <= lastEligible; height++) {
                String hash = source.blockHash(height);
                ChainBlock block = ChainBlock.parse(height, hash, source.rawBlock(hash));
                if (parentHash != null && !block.hasParent(parentHash)) {
                    throw new IllegalStateException("block " + hash + " at height " + height + " does not extend "
                            + parentHash + ": the chain reorganised below the checkpoint");
                }
                state.saveBlock(blockItem(block));
                state.saveCheckpoint(checkpointItem(block, tip, tipHash));
                parentHash = hash;
                next = height + 1;
            }
            SyncSummary summary = new SyncSummary("ok", first, next - 1, next - first, tip, millisSince(started), null);
            if (summary.blocks() > 0) {
                LOG.infof("synced blocks %d..%d (tip %d)", first, next - 1, tip);
            }
            return summary;
        } catch (BlockSourceException | InvalidBlockException | IllegalStateException e) {
            LOG.errorf("sync stopped at height %d: %s", next, e.getMessage());
            return new SyncSummary("error", first, next - 1, next - first, tip, millisSince(started), e.getMessage());
        }
    }

    private static BlockItem blockItem(ChainBlock block) {
        BlockItem item = new BlockItem();
        item.setHeight(block.height());
        item.setHash(block.hash());
        item.setParentHash(block.parentHash());
        item.setTimeSeconds(block.timeSeconds());
        item.setTransactionCount(block.transactions().size());
        return item;
    }

    private static CheckpointItem checkpointItem(ChainBlock block, int tip, String tipHash) {
        CheckpointItem item = new CheckpointItem();
        item.setHeight(block.height());
        item.setBlockHash(block.hash());
        item.setLastBlockSeen(tip);
        item.setLastBlockSeenHash(tipHash);
        item.setUpdatedAtMillis(System.currentTimeMillis());
        return item;
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
