package org.blockstack.functions.core.bns;

import java.util.List;

import org.blockstack.functions.core.bns.state.InMemoryBnsState;
import org.blockstack.functions.core.bns.state.StateChange;

/**
 * What processing one block produced, without having written anything.
 *
 * @param consensusHash the block's consensus hash (bns-protocol §10)
 * @param opsHash       the Merkle root over its accepted operations' records
 * @param accepted      accepted operations in block order
 * @param rejected      rejected operations in block order
 * @param changes       the block's net state changes with before- and after-images, in the order the
 *                      items were first written: enough to apply the block, to re-apply it
 *                      idempotently, and to undo it on a reorg
 */
public record BlockResult(int height, String consensusHash, String opsHash, List<AcceptedOperation> accepted,
        List<RejectedOperation> rejected, List<StateChange> changes) {

    public BlockResult {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
        changes = List.copyOf(changes);
    }

    /** Applies this block to an in-memory state (see {@link InMemoryBnsState#apply}). */
    public void applyTo(InMemoryBnsState state) {
        state.apply(height, consensusHash, changes);
    }

    /** Takes this block back from an in-memory state (see {@link InMemoryBnsState#undo}). */
    public void undoFrom(InMemoryBnsState state) {
        state.undo(height, changes);
    }
}
