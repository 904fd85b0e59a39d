package org.blockstack.functions.sync;

import java.util.List;

import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.ChangeLog;
import org.blockstack.functions.infra.aws.dynamodb.CheckpointItem;
import org.blockstack.functions.infra.aws.dynamodb.ItemChange;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.events.EventPublishException;
import org.blockstack.functions.infra.aws.events.EventSink;

/**
 * Applies and takes back blocks with a write order that survives a crash after any write:
 * log the changes, write the block record (the log is complete), apply the changes, publish the
 * events, move the checkpoint. Taking back: restore before-images, move the checkpoint down,
 * delete the record and the log. {@link #finishInterrupted} completes either after a crash.
 */
final class ChainIndexer {
    private final SyncStateRepository state;
    private final ChangeLog log;
    private final BlockProcessor processor;
    private final EventSink events;
    private final ChangeLog.WriteHook hook;
    private final int undoWindow;

    ChainIndexer(SyncStateRepository state, ChangeLog log, BlockProcessor processor, EventSink events,
            ChangeLog.WriteHook hook, int undoWindow) {
        this.state = state;
        this.log = log;
        this.processor = processor;
        this.events = events;
        this.hook = hook;
        this.undoWindow = undoWindow;
    }

    /** Applies {@code fetched}, whose block must extend the checkpoint. */
    void apply(FetchedBlock fetched, int tip, String tipHash) throws EventPublishException {
        ChainBlock block = fetched.block();
        BlockProcessor.Outcome outcome = processor.process(block, fetched.operations());
        log.record(block.height(), outcome.changes());
        hook.beforeWrite("write block record " + block.height());
        state.saveBlock(blockItem(block, outcome));
        log.apply(block.height(), outcome.changes());
        events.publish(outcome.events());
        moveCheckpoint(block.height(), block.hash(), tip, tipHash);
        // beyond the undo window a block can no longer be taken back: its log is not needed
        if (block.height() - undoWindow - 1 >= 0) {
            log.forget(block.height() - undoWindow - 1);
        }
    }

    /**
     * A block record above the checkpoint means a run stopped between logging a block and moving
     * the checkpoint. If the source still has that block, finish applying it from its log;
     * otherwise take it back.
     */
    void finishInterrupted(int height, String sourceHashAtHeight, int tip, String tipHash)
            throws EventPublishException {
        BlockItem record = state.block(height).orElse(null);
        if (record == null) {
            return;
        }
        List<ItemChange> changes = log.changes(height);
        if (record.getHash().equals(sourceHashAtHeight)) {
            log.apply(height, changes);
            moveCheckpoint(height, record.getHash(), tip, tipHash);
        } else {
            takeBack(record, changes, tip, tipHash);
        }
    }

    /** Takes back the block at the checkpoint; its parent becomes the checkpoint. */
    void undo(int height, int tip, String tipHash) {
        BlockItem record = state.block(height).orElseThrow(() -> new IllegalStateException(
                "no record of block " + height + " to take back"));
        takeBack(record, log.changes(height), tip, tipHash);
    }

    private void takeBack(BlockItem record, List<ItemChange> changes, int tip, String tipHash) {
        int height = record.getHeight();
        if (changes.size() != record.getChangeCount()) {
            throw new IllegalStateException("the change log of block " + height + " holds " + changes.size()
                    + " of its " + record.getChangeCount() + " changes: it was pruned, so the block cannot be taken back");
        }
        log.undo(height, changes);
        processor.blockTakenBack(height);
        String parentHash = record.getParentHash();
        moveCheckpoint(height - 1, parentHash, tip, tipHash);
        hook.beforeWrite("delete block record " + height);
        state.deleteBlock(height);
        log.forget(height);
    }

    private void moveCheckpoint(int height, String hash, int tip, String tipHash) {
        CheckpointItem item = new CheckpointItem();
        item.setHeight(height);
        item.setBlockHash(hash);
        item.setLastBlockSeen(tip);
        item.setLastBlockSeenHash(tipHash);
        item.setUpdatedAtMillis(System.currentTimeMillis());
        hook.beforeWrite("move checkpoint to " + height);
        state.saveCheckpoint(item);
    }

    private static BlockItem blockItem(ChainBlock block, BlockProcessor.Outcome outcome) {
        BlockItem item = new BlockItem();
        item.setHeight(block.height());
        item.setHash(block.hash());
        item.setParentHash(block.parentHash());
        item.setTimeSeconds(block.timeSeconds());
        item.setTransactionCount(block.transactions().size());
        item.setChangeCount(outcome.changes().size());
        item.setConsensusHash(outcome.consensusHash());
        item.setOperationCount(outcome.operationCount());
        return item;
    }
}
