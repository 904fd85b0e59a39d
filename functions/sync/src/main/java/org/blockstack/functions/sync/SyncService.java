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
import org.blockstack.functions.core.bns.BnsBlockProcessor;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.ChangeLog;
import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncLease;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.bns.DynamoBnsState;
import org.blockstack.functions.infra.aws.events.EventPublishException;
import org.blockstack.functions.infra.aws.events.EventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One sync run: take the lease; finish a block a previous run left half-written; take back
 * blocks the source no longer has (a reorg); then apply blocks in height order up to the last
 * one with enough confirmations, or until the time budget or block limit; give the lease back.
 */
@ApplicationScoped
public class SyncService {
    private static final Logger LOG = Logger.getLogger(SyncService.class);
    /** The lease outlives the time budget by this much, covering the last block's writes. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(60);
    /** A source that keeps changing its mind within one run is left alone until the next run. */
    private static final int MAX_REORGANISATIONS_PER_RUN = 10;

    @Inject
    SyncStateRepository state;
    @Inject
    NetworkSettings network;
    @Inject
    BlockSources sources;
    @Inject
    DynamoDbEnhancedClient dynamoDb;
    @Inject
    DynamoDbClient dynamoDbClient;
    @Inject
    TableNames tableNames;
    @Inject
    EventSink events;
    @ConfigProperty(name = Settings.SYNC_CONFIRMATIONS, defaultValue = "6")
    int confirmations;
    @ConfigProperty(name = Settings.SYNC_MAX_BLOCKS, defaultValue = "1000")
    int maxBlocks;
    @ConfigProperty(name = Settings.SYNC_TIME_BUDGET, defaultValue = "240s")
    Duration timeBudget;
    @ConfigProperty(name = Settings.SYNC_FETCH_THREADS, defaultValue = "4")
    int fetchThreads;
    @ConfigProperty(name = Settings.SYNC_UNDO_WINDOW, defaultValue = "288")
    int undoWindow;

    private SyncLease lease;
    private volatile ChangeLog.WriteHook writeHook = ChangeLog.WriteHook.NONE;

    @PostConstruct
    void init() {
        lease = new SyncLease(dynamoDb, tableNames, Clock.systemUTC());
    }

    /** Tests inject crashes here: the hook runs before every write a run makes. */
    void setWriteHook(ChangeLog.WriteHook hook) {
        this.writeHook = hook;
    }

    /** Runs are also serialised within one instance (the local timer and POST /sync may overlap). */
    public synchronized SyncSummary runOnce() {
        long started = System.nanoTime();
        String owner = "sync-" + UUID.randomUUID();
        if (lease.tryAcquire(owner, timeBudget.plus(LEASE_MARGIN)).isEmpty()) {
            int height = checkpointHeight();
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
        int first = checkpointHeight() + 1;
        int tip = -1;
        int applied = 0;
        String stoppedBy = null;
        try {
            BlockSource source = sources.source();
            NetworkParams params = network.bnsParams();
            BlockProcessor processor = new BnsBlockProcessing(new BnsExtractor(params), new BnsBlockProcessor(params),
                    new DynamoBnsState(dynamoDb, tableNames), source);
            ChainIndexer indexer = new ChainIndexer(state,
                    new ChangeLog(dynamoDb, dynamoDbClient, tableNames, writeHook), processor, events, writeHook,
                    undoWindow);
            tip = source.tipHeight();
            String tipHash = source.blockHash(tip);
            int next = checkpointHeight() + 1;
            if (next <= tip) {
                indexer.finishInterrupted(next, source.blockHash(next), tip, tipHash);
            }
            takeBackBlocksTheSourceNoLongerHas(source, indexer, tip, tipHash);
            first = checkpointHeight() + 1;
            int lastConfirmed = tip - Math.max(confirmations, 1) + 1;
            int last = Math.min(lastConfirmed, first + maxBlocks - 1);
            if (last < lastConfirmed) {
                stoppedBy = "block limit";
            }
            SyncProgress progress = new SyncProgress(first, last);
            boolean reorganised;
            int reorganisations = 0;
            do {
                reorganised = false;
                next = checkpointHeight() + 1;
                String parentHash = state.checkpoint().map(CheckpointItem::getBlockHash).orElse(null);
                try (BlockPrefetcher blocks = new BlockPrefetcher(source, processor, next, last, fetchThreads)) {
                    for (int height = next; height <= last; height++) {
                        if (System.nanoTime() > deadline) {
                            stoppedBy = "time budget";
                            break;
                        }
                        FetchedBlock fetched = blocks.next();
                        ChainBlock block = fetched.block();
                        if (parentHash != null && !block.hasParent(parentHash)) {
                            LOG.warnf("block %s at height %d does not extend %s: the chain reorganised", block.hash(),
                                    height, parentHash);
                            if (++reorganisations > MAX_REORGANISATIONS_PER_RUN) {
                                throw new IllegalStateException(source.describe() + " reorganised its chain more than "
                                        + MAX_REORGANISATIONS_PER_RUN + " times during one run");
                            }
                            takeBackBlocksTheSourceNoLongerHas(source, indexer, tip, tipHash);
                            reorganised = true;
                            break;
                        }
                        indexer.apply(fetched, tip, tipHash);
                        applied++;
                        parentHash = block.hash();
                        progress.applied(height);
                    }
                }
            } while (reorganised);
            int lastHeight = checkpointHeight();
            if (applied > 0) {
                LOG.infof("synced blocks up to %d (tip %d)%s", lastHeight, tip,
                        stoppedBy == null ? "" : ", stopped by " + stoppedBy);
            }
            return new SyncSummary(SyncSummary.OK, first, lastHeight, applied, tip, millisSince(started), stoppedBy,
                    null);
        } catch (BlockSourceException | InvalidBlockException | EventPublishException | ReorgTooDeepException
                | IllegalStateException | IllegalArgumentException e) {
            LOG.errorf("sync stopped after height %d: %s", checkpointHeight(), e.getMessage());
            return new SyncSummary(SyncSummary.ERROR, first, checkpointHeight(), applied, tip, millisSince(started),
                    null, e.getMessage());
        }
    }

    /**
     * Walks down from the checkpoint until the stored block hash equals the source's (the fork
     * point), refusing before any write when that is deeper than the undo window, then takes
     * back every block above the fork point, highest first.
     */
    private void takeBackBlocksTheSourceNoLongerHas(BlockSource source, ChainIndexer indexer, int tip, String tipHash)
            throws BlockSourceException, ReorgTooDeepException {
        Optional<CheckpointItem> checkpoint = state.checkpoint();
        if (checkpoint.isEmpty() || checkpoint.get().getHeight() < network.firstBlock()) {
            return;
        }
        int top = checkpoint.get().getHeight();
        if (top > tip) {
            throw new IllegalStateException(source.describe() + " reports tip " + tip + ", below the index at " + top
                    + ": waiting for the source to catch up");
        }
        int fork = top;
        while (fork >= network.firstBlock()) {
            Optional<BlockItem> stored = state.block(fork);
            if (stored.isPresent() && stored.get().getHash().equals(source.blockHash(fork))) {
                break;
            }
            if (top - fork + 1 > undoWindow) {
                throw new ReorgTooDeepException("the chain reorganised deeper than the undo window of " + undoWindow
                        + " blocks (the index at " + top + " and " + source.describe()
                        + " differ at every height down to " + fork + "); the index was left as it is: "
                        + "resync from a snapshot or raise SYNC_UNDO_WINDOW");
            }
            fork--;
        }
        if (fork < top) {
            LOG.warnf("chain reorganisation: taking back blocks %d..%d", fork + 1, top);
            for (int height = top; height > fork; height--) {
                indexer.undo(height, tip, tipHash);
            }
        }
    }

    private int checkpointHeight() {
        return state.checkpoint().map(CheckpointItem::getHeight).orElse(network.firstBlock() - 1);
    }

    private static long millisSince(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
