package org.blockstack.functions.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.blockstack.functions.core.chain.BlockHeader;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.ChangeLog;
import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.ItemChange;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.events.EventPublishException;
import org.blockstack.functions.infra.aws.events.EventSink;

/**
 * Applies and takes back blocks with a write order that survives a crash after any write: log
 * the changes and events, write the block record (the log is complete), apply the changes,
 * publish the events. Taking back: restore before-images, tell the event sink which events the
 * block took back (the subdomain index takes back its records), move the checkpoint down, delete
 * the record and the log.
 *
 * <p>The checkpoint is written every {@value #CHECKPOINT_EVERY_BLOCKS} blocks, after
 * {@link #CHECKPOINT_EVERY_MILLIS} ms, and when a run ends ({@link #flush}), not after every block:
 * block records above it say which blocks were applied since. Only the highest of them can be
 * partly applied, since a block is recorded only after the previous one is complete; {@link #begin}
 * finishes it from its log (or takes back those the source no longer has). Empty blocks then cost
 * one write each instead of two.
 */
final class ChainIndexer {
    static final int CHECKPOINT_EVERY_BLOCKS = 100;
    static final long CHECKPOINT_EVERY_MILLIS = 5_000;

    private final SyncStateRepository state;
    private final ChangeLog log;
    private final BlockProcessor processor;
    private final EventSink events;
    private final ChangeLog.WriteHook hook;
    private final int undoWindow;
    private final int firstBlock;

    private int tip;
    private String tipHash;
    /** The last applied block (written or not yet in the checkpoint). */
    private int appliedHeight;
    private String appliedHash;
    /** What the stored checkpoint says. */
    private int checkpointHeight;
    private long checkpointWrittenAtMillis;
    /** The change log of every block up to this height is deleted. */
    private int prunedThrough;
    private boolean begun;

    ChainIndexer(SyncStateRepository state, ChangeLog log, BlockProcessor processor, EventSink events,
            ChangeLog.WriteHook hook, int undoWindow, int firstBlock) {
        this.state = state;
        this.log = log;
        this.processor = processor;
        this.events = events;
        this.hook = hook;
        this.undoWindow = undoWindow;
        this.firstBlock = firstBlock;
    }

    /**
     * Reads the checkpoint and finishes what an earlier run left: block records above the
     * checkpoint are applied blocks whose checkpoint was not written yet, the highest possibly
     * only in part. Those the source still has are kept (the highest finished from its log and
     * its events published again); the others are taken back, highest first. Leftovers of a log
     * that never got its record are deleted.
     */
    void begin(BlockSource source, int tip, String tipHash) throws BlockSourceException, EventPublishException {
        this.tip = tip;
        this.tipHash = tipHash;
        Optional<CheckpointItem> checkpoint = state.checkpoint();
        appliedHeight = checkpoint.map(CheckpointItem::getHeight).orElse(firstBlock - 1);
        appliedHash = checkpoint.map(CheckpointItem::getBlockHash).orElse(null);
        checkpointHeight = appliedHeight;
        checkpointWrittenAtMillis = System.currentTimeMillis();
        prunedThrough = checkpoint.map(CheckpointItem::getLogPrunedThrough)
                .orElse(appliedHeight - undoWindow - 1);
        begun = true;

        List<BlockItem> above = new ArrayList<>();
        for (Optional<BlockItem> next = state.block(appliedHeight + 1); next.isPresent();
                next = state.block(next.get().getHeight() + 1)) {
            above.add(next.get());
        }
        int highest = appliedHeight + above.size();
        // a log is only ever written just above the highest record
        log.forget(highest + 1);
        if (above.isEmpty()) {
            processor.startAfter(appliedHeight);
            return;
        }
        if (highest > tip) {
            throw new IllegalStateException(source.describe() + " reports tip " + tip + ", below the index at "
                    + highest + ": waiting for the source to catch up");
        }
        while (!above.isEmpty() && !source.blockHash(last(above).getHeight()).equals(last(above).getHash())) {
            takeBack(above.remove(above.size() - 1));
        }
        if (!above.isEmpty()) {
            BlockItem top = last(above);
            int height = top.getHeight();
            log.apply(height, log.changes(height));
            events.publish(log.events(height));
            appliedHeight = height;
            appliedHash = top.getHash();
            writeCheckpoint();
        }
        processor.startAfter(appliedHeight);
    }

    /** Whether {@link #begin} has read the checkpoint (the heights below mean something). */
    boolean begun() {
        return begun;
    }

    int appliedHeight() {
        return appliedHeight;
    }

    /** Hash of the last applied block; null before the first block. */
    String appliedHash() {
        return appliedHash;
    }

    /** Applies {@code fetched}, whose block must extend the last applied one. */
    void apply(FetchedBlock fetched) throws EventPublishException {
        BlockHeader block = fetched.header();
        BlockProcessor.Outcome outcome = processor.process(block, fetched.operations());
        log.record(block.height(), outcome.changes(), outcome.events());
        hook.beforeWrite("write block record " + block.height());
        state.saveBlock(blockItem(block, outcome));
        log.apply(block.height(), outcome.changes());
        events.publish(outcome.events());
        appliedHeight = block.height();
        appliedHash = block.hash();
        if (appliedHeight - checkpointHeight >= CHECKPOINT_EVERY_BLOCKS
                || System.currentTimeMillis() - checkpointWrittenAtMillis >= CHECKPOINT_EVERY_MILLIS) {
            flush();
        }
    }

    /**
     * Writes the checkpoint if it is behind the last applied block, then deletes the logs of
     * blocks that left the undo window. Nothing before {@link #begin}.
     */
    void flush() {
        if (!begun) {
            return;
        }
        if (checkpointHeight != appliedHeight) {
            writeCheckpoint();
        }
        prune();
    }

    /** Takes back the last applied block; its parent becomes the last applied one. */
    void undo() throws EventPublishException {
        flush();
        int height = appliedHeight;
        takeBack(state.block(height).orElseThrow(() -> new IllegalStateException(
                "no record of block " + height + " to take back")));
        processor.startAfter(appliedHeight);
    }

    private void takeBack(BlockItem record) throws EventPublishException {
        int height = record.getHeight();
        List<ItemChange> changes = log.changes(height);
        if (changes.size() != record.getChangeCount()) {
            throw new IllegalStateException("the change log of block " + height + " holds " + changes.size()
                    + " of its " + record.getChangeCount() + " changes: it was pruned, so the block cannot be taken back");
        }
        log.undo(height, changes);
        // after the history is restored, before the record goes: an interrupted take-back is redone
        events.takenBack(log.events(height));
        appliedHeight = height - 1;
        appliedHash = record.getParentHash();
        writeCheckpoint();
        hook.beforeWrite("delete block record " + height);
        state.deleteBlock(height);
        log.forget(height);
    }

    private void writeCheckpoint() {
        CheckpointItem item = new CheckpointItem();
        item.setHeight(appliedHeight);
        item.setBlockHash(appliedHash);
        item.setLastBlockSeen(tip);
        item.setLastBlockSeenHash(tipHash);
        item.setUpdatedAtMillis(System.currentTimeMillis());
        item.setLogPrunedThrough(Math.min(prunedThrough, appliedHeight));
        hook.beforeWrite("move checkpoint to " + appliedHeight);
        state.saveCheckpoint(item);
        checkpointHeight = appliedHeight;
        checkpointWrittenAtMillis = System.currentTimeMillis();
    }

    /**
     * Beyond the undo window a block can no longer be taken back, so its log is not needed. The
     * records say how much each block logged, so blocks that logged nothing cost nothing; the
     * checkpoint remembers how far this got.
     */
    private void prune() {
        int through = checkpointHeight - undoWindow - 1;
        if (through <= prunedThrough) {
            return;
        }
        List<Integer> heights = new ArrayList<>();
        for (int height = Math.max(prunedThrough + 1, firstBlock); height <= through; height++) {
            heights.add(height);
        }
        for (BlockItem record : state.blocks(heights)) {
            int changes = record.getChangeCount() == null ? 0 : record.getChangeCount();
            int published = record.getOperationCount() == null ? 0 : record.getOperationCount();
            if (changes > 0 || published > 0) {
                log.forget(record.getHeight(), changes, published);
            }
        }
        prunedThrough = through;
    }

    private static BlockItem last(List<BlockItem> records) {
        return records.get(records.size() - 1);
    }

    private static BlockItem blockItem(BlockHeader block, BlockProcessor.Outcome outcome) {
        BlockItem item = new BlockItem();
        item.setHeight(block.height());
        item.setHash(block.hash());
        item.setParentHash(block.parentHash());
        item.setTimeSeconds(block.timeSeconds());
        item.setTransactionCount(block.transactionCount());
        item.setChangeCount(outcome.changes().size());
        item.setConsensusHash(outcome.consensusHash());
        item.setOperationCount(outcome.operationCount());
        return item;
    }
}
