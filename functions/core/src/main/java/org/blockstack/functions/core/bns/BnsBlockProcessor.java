package org.blockstack.functions.core.bns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.blockstack.functions.core.bns.consensus.ConsensusHash;
import org.blockstack.functions.core.bns.consensus.ConsensusRecords;
import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.bns.operations.NamePreorder;
import org.blockstack.functions.core.bns.operations.NameRegistration;
import org.blockstack.functions.core.bns.operations.NamespacePreorder;
import org.blockstack.functions.core.bns.operations.NamespaceReveal;
import org.blockstack.functions.core.bns.operations.OperationContext;
import org.blockstack.functions.core.bns.operations.RejectReason;
import org.blockstack.functions.core.bns.operations.Rejection;
import org.blockstack.functions.core.bns.state.BlockOverlay;
import org.blockstack.functions.core.bns.state.BnsStateView;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;

/**
 * The BNS state machine: one block's operations against the state as of the previous block, in
 * ascending transaction order, to the block's {@link BlockResult} (bns-protocol §7.5, §10).
 *
 * <p>A pure function of its inputs: it reads the view, never writes it, and returns the changes
 * (key, before-image, after-image) for the caller to persist — with single-item conditional
 * writes, in any store — or to undo. Blocks must be processed in order from the first block:
 * the consensus hash mixes in earlier blocks' hashes, which the view must hold.
 */
public final class BnsBlockProcessor {
    private final NetworkParams params;

    public BnsBlockProcessor(NetworkParams params) {
        this.params = params;
    }

    public NetworkParams params() {
        return params;
    }

    /**
     * Processes block {@code height}.
     *
     * @param state      the state after block {@code height − 1}; not modified
     * @param operations the block's parsed operations (any order; processed by vtxindex)
     * @throws IllegalStateException when the view is not at block {@code height − 1} (a block is
     *                               skipped, or this one was already applied)
     */
    public BlockResult process(BnsStateView state, int height, List<BnsOperation> operations) {
        requireNextBlock(state, height);
        List<BnsOperation> ordered = new ArrayList<>(operations);
        ordered.sort(Comparator.comparingInt(BnsOperation::vtxindex));
        BlockOverlay overlay = new BlockOverlay(state);
        List<AcceptedOperation> accepted = new ArrayList<>();
        List<RejectedOperation> rejected = new ArrayList<>();
        if (height >= params.v1EndBlock()) {
            for (BnsOperation operation : ordered) {
                rejected.add(rejection(operation, new Rejection(RejectReason.V1_CHAIN_ENDED,
                        "operations at or after block " + params.v1EndBlock() + " are ignored")));
            }
        } else {
            Set<String> collided = collisions(state, height, ordered);
            processInOrder(overlay, height, ordered, collided, accepted, rejected);
        }
        List<String> records = new ArrayList<>();
        for (AcceptedOperation operation : accepted) {
            if (operation.consensusRecord() != null) {
                records.add(operation.consensusRecord());
            }
        }
        String opsHash = ConsensusHash.opsHash(records);
        List<String> prior = new ArrayList<>();
        for (int priorHeight : ConsensusHash.priorHeights(height, params.firstBlock())) {
            prior.add(state.consensusHash(priorHeight).orElseThrow(() -> new IllegalStateException(
                    "the state has no consensus hash for block " + priorHeight + ", needed by block " + height)));
        }
        return new BlockResult(height, ConsensusHash.of(opsHash, prior), opsHash, accepted, rejected,
                overlay.changes());
    }

    private void requireNextBlock(BnsStateView state, int height) {
        if (height < params.firstBlock()) {
            throw new IllegalStateException("block " + height + " is before the first BNS block " + params.firstBlock());
        }
        if (state.consensusHash(height).isPresent()) {
            throw new IllegalStateException("block " + height + " is already processed");
        }
        if (height > params.firstBlock() && state.consensusHash(height - 1).isEmpty()) {
            throw new IllegalStateException("block " + height + " cannot be processed before block " + (height - 1));
        }
    }

    /**
     * The collision pre-scan (§7.5): every name registration and namespace reveal checked against
     * the start-of-block state; ids that pass two or more times are dead for the whole block.
     */
    private Set<String> collisions(BnsStateView state, int height, List<BnsOperation> ordered) {
        OperationContext preScan = new OperationContext(params, height, new BlockOverlay(state), true);
        Map<String, Integer> passes = new HashMap<>();
        for (BnsOperation operation : ordered) {
            if (!(operation instanceof NameRegistration) && !(operation instanceof NamespaceReveal)) {
                continue;
            }
            boolean passed = operation.check(preScan).isEmpty();
            if (operation instanceof NameRegistration registration) {
                // the reference counts every earlier scanned registration towards quotas here,
                // under its new owner if it passed and under its sender if not
                preScan.noteRegistration(passed ? registration.recipient() : registration.tx().sender().script());
            }
            if (passed) {
                passes.merge(creationId(operation), 1, Integer::sum);
            }
        }
        Set<String> collided = new HashSet<>();
        passes.forEach((id, count) -> {
            if (count >= 2) {
                collided.add(id);
            }
        });
        return collided;
    }

    private void processInOrder(BlockOverlay overlay, int height, List<BnsOperation> ordered, Set<String> collided,
            List<AcceptedOperation> accepted, List<RejectedOperation> rejected) {
        OperationContext context = new OperationContext(params, height, overlay, false);
        Set<String> created = new HashSet<>(collided);
        Set<String> preordered = new HashSet<>();
        for (BnsOperation operation : ordered) {
            Optional<Rejection> rejection = operation.check(context);
            if (rejection.isEmpty() && isCreation(operation) && !created.add(creationId(operation))) {
                rejection = Rejection.reject(RejectReason.COLLISION, operation.subject()
                        + " is created by more than one operation in this block");
            }
            if (rejection.isEmpty() && isPreorder(operation) && !preordered.add(operation.subject())) {
                rejection = Rejection.reject(RejectReason.PREORDER_EXISTS, "preorder hash " + operation.subject()
                        + " is preordered earlier in this block");
            }
            if (rejection.isPresent()) {
                rejected.add(rejection(operation, rejection.get()));
                continue;
            }
            StateValue record = operation.apply(context);
            if (operation instanceof NameRegistration registration) {
                context.noteRegistration(registration.recipient());
            }
            accepted.add(new AcceptedOperation(operation.opName(), operation.tx().txid(), operation.vtxindex(),
                    subjectOf(operation, record), record,
                    operation.opcode() == BnsOpcode.ANNOUNCE ? null : ConsensusRecords.serialize(operation.opcode(),
                            record)));
        }
    }

    private static boolean isCreation(BnsOperation operation) {
        return operation instanceof NameRegistration || operation instanceof NamespaceReveal;
    }

    private static boolean isPreorder(BnsOperation operation) {
        return operation instanceof NamePreorder || operation instanceof NamespacePreorder;
    }

    /** Names and namespaces are separate id spaces. */
    private static String creationId(BnsOperation operation) {
        return (operation instanceof NamespaceReveal ? "namespace:" : "name:") + operation.subject();
    }

    private static String subjectOf(BnsOperation operation, StateValue record) {
        if (record instanceof NameRecord name) {
            return name.name();
        }
        return operation.subject();
    }

    private static RejectedOperation rejection(BnsOperation operation, Rejection rejection) {
        return new RejectedOperation(operation.opName(), operation.tx().txid(), operation.vtxindex(),
                operation.subject(), rejection.reason(), rejection.detail());
    }
}
