package org.blockstack.functions.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
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
import org.blockstack.functions.infra.aws.dynamodb.SyncLease;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/**
 * One sync run: take the lease, then from the block after the checkpoint up to the last block
 * with enough confirmations (or until the time budget or block limit), apply each block in
 * height order, writing its records before moving the checkpoint, then give the lease back.
 */
@ApplicationScoped
public class SyncService {
    private static final Logger LOG = Logger.getLogger(SyncService.class);
    /** The lease outlives the time budget by this much, covering the last block's writes. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(60);

    @Inject
    SyncStateRepository state;
    @Inject
    NetworkSettings network;
    @Inject
    BlockSources sources;
    @Inject
    DynamoDbEnhancedClient dynamoDb;
    @Inject
    TableNames tableNames;
    @ConfigProperty(name = Settings.SYNC_CONFIRMATIONS, defaultValue = "6")
    int confirmations;
    @ConfigProperty(name = Settings.SYNC_MAX_BLOCKS, defaultValue = "1000")
    int maxBlocks;
    @ConfigProperty(name = Settings.SYNC_TIME_BUDGET, defaultValue = "240s")
    Duration timeBudget;
    @ConfigProperty(name = Settings.SYNC_FETCH_THREADS, defaultValue = "4")
    int fetchThreads;

    private SyncLease lease;

    @PostConstruct
    void init() {
        lease = new SyncLease(dynamoDb, tableNames, Clock.systemUTC());
    }

    /** Runs are also serialised within one instance (the local timer and POST /sync may overlap). */
    public synchronized SyncSummary runOnce() {
        long started = System.nanoTime();
        String owner = "sync-" + UUID.randomUUID();
        if (lease.tryAcquire(owner, timeBudget.plus(LEASE_MARGIN)).isEmpty()) {
            int height = state.checkpoint().map(CheckpointItem::getHeight).orElse(network.firstBlock() - 1);
            return new SyncSummary(SyncSummary.LEASE_HELD, height + 1, height, 0, -1, millisSince(started), null,
                    "another sync invocation holds the lease");
        }
        try {
            return runHoldingLease(started);
        } finally {
            lease.release(owner);
        }
    }

    private SyncSummary runHoldingLease(long started) {
        long deadline = started + timeBudget.toNanos();
        Optional<CheckpointItem> checkpoint = state.checkpoint();
        int first = checkpoint.map(c -> c.getHeight() + 1).orElse(network.firstBlock());
        int next = first;
        int tip = -1;
        String stoppedBy = null;
        try {
            BlockSource source = sources.source();
            tip = source.tipHeight();
            String tipHash = source.blockHash(tip);
            // a block at height h has tip - h + 1 confirmations
            int lastConfirmed = tip - Math.max(confirmations, 1) + 1;
            int last = Math.min(lastConfirmed, first + maxBlocks - 1);
            if (last < lastConfirmed) {
                stoppedBy = "block limit";
            }
            String parentHash = checkpoint.map(CheckpointItem::getBlockHash).orElse(null);
            SyncProgress progress = new SyncProgress(first, last);
            try (BlockPrefetcher blocks = new BlockPrefetcher(source, first, last, fetchThreads)) {
                for (int height = first; height <= last; height++) {
                    if (System.nanoTime() > deadline) {
                        stoppedBy = "time budget";
                        break;
                    }
                    ChainBlock block = blocks.next();
                    if (parentHash != null && !block.hasParent(parentHash)) {
                        throw new IllegalStateException("block " + block.hash() + " at height " + height
                                + " does not extend " + parentHash + ": the chain reorganised below the checkpoint");
                    }
                    state.saveBlock(blockItem(block));
                    state.saveCheckpoint(checkpointItem(block, tip, tipHash));
                    parentHash = block.hash();
                    next = height + 1;
                    progress.applied(height);
                }
            }
            if (next > first) {
                LOG.infof("synced blocks %d..%d (tip %d)%s", first, next - 1, tip,
                        stoppedBy == null ? "" : ", stopped by " + stoppedBy);
            }
            return new SyncSummary(SyncSummary.OK, first, next - 1, next - first, tip, millisSince(started), stoppedBy,
                    null);
        } catch (BlockSourceException | InvalidBlockException | IllegalStateException e) {
            LOG.errorf("sync stopped at height %d: %s", next, e.getMessage());
            return new SyncSummary(SyncSummary.ERROR, first, next - 1, next - first, tip, millisSince(started), null,
                    e.getMessage());
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
