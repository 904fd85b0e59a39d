package org.blockstack.functions.sync;

import java.time.Duration;
import java.util.Optional;

import org.blockstack.functions.core.bns.BnsBlockProcessor;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.ChangeLog;
import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.bns.DynamoBnsState;
import org.blockstack.functions.infra.aws.events.EventPublishException;
import org.blockstack.functions.infra.aws.events.EventSink;
import org.blockstack.functions.infra.aws.extracts.ExtractChunkId;
import org.blockstack.functions.infra.aws.extracts.ExtractStore;
import org.jboss.logging.Logger;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One sync run, for a caller that holds the lease: finish what an earlier run left; take back
 * blocks the source no longer has (a reorg); let catch-up extraction know how far behind the
 * index is; then apply blocks in height order up to the last one with enough confirmations, or
 * until the time budget or block limit, reading each from a stored extract or from the source.
 * Plain Java (no CDI), so benchmarks and tools can run it as the function does.
 */
public final class SyncEngine {
    private static final Logger LOG = Logger.getLogger(SyncEngine.class);
    /** A source that keeps changing its mind within one run is left alone until the next run. */
    private static final int MAX_REORGANISATIONS_PER_RUN = 10;

    /** Where the index lives. */
    public record Stores(SyncStateRepository state, DynamoDbEnhancedClient enhanced, DynamoDbClient client,
            TableNames tableNames) {
    }

    /** How a run behaves (README: the SYNC_* settings). */
    public record Options(int confirmations, int maxBlocks, Duration timeBudget, int fetchThreads, int undoWindow) {
    }

    /** Catch-up extracts: where they are stored and how many blocks a chunk holds. */
    public record Extracts(ExtractStore store, int chunkBlocks) {
        /** The chunk holding {@code height} of the chain {@code params} describe. */
        public ExtractChunkId chunkOf(NetworkParams params, int height) {
            return ExtractChunkId.containing(params.network().id(), params.magicBytes(), chunkBlocks, height);
        }
    }

    /** Told how far behind the index is, once per run; answers how many chunks it asked to extract. */
    @FunctionalInterface
    public interface CatchUp {
        CatchUp NONE = (applied, lastConfirmed) -> 0;

        int behind(int appliedHeight, int lastConfirmedHeight);
    }

    private final Stores stores;
    private final NetworkParams params;
    private final BlockSource source;
    private final Optional<Extracts> extracts;
    private final EventSink events;
    private final Options options;
    private final ChangeLog.WriteHook hook;

    public SyncEngine(Stores stores, NetworkParams params, BlockSource source, Optional<Extracts> extracts,
            EventSink events, Options options, ChangeLog.WriteHook hook) {
        this.stores = stores;
        this.params = params;
        this.source = source;
        this.extracts = extracts;
        this.events = events;
        this.options = options;
        this.hook = hook;
    }

    public SyncSummary run(CatchUp catchUp) {
        long started = System.nanoTime();
        long deadline = started + options.timeBudget().toNanos();
        BnsExtractor extractor = new BnsExtractor(params);
        BlockProcessor processor = new BnsBlockProcessing(extractor, new BnsBlockProcessor(params),
                new DynamoBnsState(stores.enhanced(), stores.tableNames()));
        ChainIndexer indexer = new ChainIndexer(stores.state(),
                new ChangeLog(stores.enhanced(), stores.client(), stores.tableNames(), hook), processor, events, hook,
                options.undoWindow(), params.firstBlock());
        Run run = new Run();
        run.first = stores.state().checkpoint().map(CheckpointItem::getHeight).orElse(params.firstBlock() - 1) + 1;
        try {
            run.tip = source.tipHeight();
            indexer.begin(source, run.tip, source.blockHash(run.tip));
            takeBackBlocksTheSourceNoLongerHas(indexer, run.tip);
            run.first = indexer.appliedHeight() + 1;
            int lastConfirmed = run.tip - Math.max(options.confirmations(), 1) + 1;
            run.chunksRequested = catchUp.behind(indexer.appliedHeight(), lastConfirmed);
            int last = Math.min(lastConfirmed, run.first + options.maxBlocks() - 1);
            if (last < lastConfirmed) {
                run.stoppedBy = "block limit";
            }
            // stored extracts stand in for whole chunks: a run with less to do reads the node
            boolean catchingUp = extracts.isPresent() && last - run.first + 1 >= extracts.get().chunkBlocks();
            BlockFeed feed = new BlockFeed(catchingUp ? extractedChunks() : ExtractedChunks.none(),
                    new SourceExtraction(source, extractor), processor);
            applyUpTo(last, lastConfirmed, deadline, indexer, feed, run);
            indexer.flush();
            return run.summary(SyncSummary.OK, indexer.appliedHeight(), started, null);
        } catch (BlockSourceException | InvalidBlockException | EventPublishException | ReorgTooDeepException
                | IllegalStateException | IllegalArgumentException e) {
            // an orderly stop: every block applied so far is complete, so the checkpoint may say so
            indexer.flush();
            int lastHeight = indexer.begun() ? indexer.appliedHeight() : run.first - 1;
            LOG.errorf("sync stopped after height %d: %s", lastHeight, e.getMessage());
            return run.summary(SyncSummary.ERROR, lastHeight, started, e.getMessage());
        }
    }

    /** What one run has done so far. */
    private static final class Run {
        int first;
        int tip = -1;
        int applied;
        int fromExtracts;
        int chunksRequested;
        String stoppedBy;

        SyncSummary summary(String status, int lastHeight, long startedNanos, String error) {
            return new SyncSummary(status, first, lastHeight, applied, tip, (System.nanoTime() - startedNanos) / 1_000_000,
                    SyncSummary.ERROR.equals(status) ? null : stoppedBy, error, fromExtracts, chunksRequested);
        }
    }

    private void applyUpTo(int last, int lastConfirmed, long deadline, ChainIndexer indexer, BlockFeed feed, Run run)
            throws BlockSourceException, InvalidBlockException, EventPublishException, ReorgTooDeepException {
        SyncProgress progress = new SyncProgress(run.first, lastConfirmed);
        boolean reorganised;
        int reorganisations = 0;
        do {
            reorganised = false;
            int next = indexer.appliedHeight() + 1;
            try (BlockPrefetcher blocks = new BlockPrefetcher(feed, next, last, options.fetchThreads())) {
                for (int height = next; height <= last; height++) {
                    if (System.nanoTime() > deadline) {
                        run.stoppedBy = "time budget";
                        break;
                    }
                    FetchedBlock fetched = blocks.next();
                    String parentHash = indexer.appliedHash();
                    if (parentHash != null && !fetched.header().hasParent(parentHash)) {
                        LOG.warnf("block %s at height %d does not extend %s: the chain reorganised",
                                fetched.header().hash(), height, parentHash);
                        if (++reorganisations > MAX_REORGANISATIONS_PER_RUN) {
                            throw new IllegalStateException(source.describe() + " reorganised its chain more than "
                                    + MAX_REORGANISATIONS_PER_RUN + " times during one run");
                        }
                        takeBackBlocksTheSourceNoLongerHas(indexer, run.tip);
                        reorganised = true;
                        break;
                    }
                    indexer.apply(fetched);
                    run.applied++;
                    if (fetched.fromExtract()) {
                        run.fromExtracts++;
                    }
                    progress.applied(height, run.fromExtracts);
                }
            }
        } while (reorganised);
        progress.finished(indexer.appliedHeight(), run.fromExtracts);
    }

    /**
     * Walks down from the last applied block until the stored block hash equals the source's
     * (the fork point), refusing before any write when that is deeper than the undo window, then
     * takes back every block above the fork point, highest first.
     */
    private void takeBackBlocksTheSourceNoLongerHas(ChainIndexer indexer, int tip)
            throws BlockSourceException, ReorgTooDeepException, EventPublishException {
        int top = indexer.appliedHeight();
        if (top < params.firstBlock()) {
            return;
        }
        if (top > tip) {
            throw new IllegalStateException(source.describe() + " reports tip " + tip + ", below the index at " + top
                    + ": waiting for the source to catch up");
        }
        int fork = top;
        while (fork >= params.firstBlock()) {
            Optional<BlockItem> stored = stores.state().block(fork);
            if (stored.isPresent() && stored.get().getHash().equals(source.blockHash(fork))) {
                break;
            }
            if (top - fork + 1 > options.undoWindow()) {
                throw new ReorgTooDeepException("the chain reorganised deeper than the undo window of "
                        + options.undoWindow() + " blocks (the index at " + top + " and " + source.describe()
                        + " differ at every height down to " + fork + "); the index was left as it is: "
                        + "resync from a snapshot or raise SYNC_UNDO_WINDOW");
            }
            fork--;
        }
        if (fork < top) {
            LOG.warnf("chain reorganisation: taking back blocks %d..%d", fork + 1, top);
            while (indexer.appliedHeight() > fork) {
                indexer.undo();
            }
        }
    }

    private ExtractedChunks extractedChunks() {
        return extracts.map(e -> new ExtractedChunks(e.store(), height -> e.chunkOf(params, height), source))
                .orElseGet(ExtractedChunks::none);
    }
}
