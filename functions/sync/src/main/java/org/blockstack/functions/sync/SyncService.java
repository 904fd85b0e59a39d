package org.blockstack.functions.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.common.Settings;
import org.blockstack.functions.infra.aws.dynamodb.ChangeLog;
import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncLease;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.events.EventSink;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One sync invocation: take the lease, run the {@link SyncEngine} with the configured source,
 * stores and catch-up extraction, give the lease back.
 */
@ApplicationScoped
public class SyncService {
    /** The lease outlives the time budget by this much, covering the last block's writes. */
    private static final Duration LEASE_MARGIN = Duration.ofSeconds(60);

    @Inject
    SyncStateRepository state;
    @Inject
    NetworkSettings network;
    @Inject
    BlockSources sources;
    @Inject
    CatchUpExtraction catchUp;
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
            int height = state.checkpoint().map(CheckpointItem::getHeight).orElse(network.firstBlock() - 1);
            return new SyncSummary(SyncSummary.LEASE_HELD, height + 1, height, 0, -1,
                    (System.nanoTime() - started) / 1_000_000, null, "another sync invocation holds the lease", 0, 0);
        }
        try {
            SyncEngine engine;
            try {
                engine = new SyncEngine(new SyncEngine.Stores(state, dynamoDb, dynamoDbClient, tableNames),
                        network.bnsParams(), sources.source(), catchUp.extracts(), events,
                        new SyncEngine.Options(confirmations, maxBlocks, timeBudget, fetchThreads, undoWindow), writeHook);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // the configuration names no usable block source, or a BNS_* value is wrong
                int height = state.checkpoint().map(CheckpointItem::getHeight).orElse(0);
                return new SyncSummary(SyncSummary.ERROR, height + 1, height, 0, -1,
                        (System.nanoTime() - started) / 1_000_000, null, e.getMessage(), 0, 0);
            }
            return engine.run(catchUp.fanOut());
        } finally {
            lease.release(owner);
        }
    }
}
