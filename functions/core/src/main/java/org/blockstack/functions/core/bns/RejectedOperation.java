package org.blockstack.functions.core.bns;

import org.blockstack.functions.core.bns.operations.RejectReason;

/**
 * A well-formed operation the block did not accept, and why. Rejections leave no trace in state
 * or in the consensus hash.
 *
 * @param subject what the operation named on the wire (name, namespace id, preorder or name hash)
 */
public record RejectedOperation(String opName, String txid, int vtxindex, String subject, RejectReason reason,
        String detail) {
}
