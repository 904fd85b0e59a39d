package org.blockstack.functions.core.bns;

import org.blockstack.functions.core.bns.state.StateValue;

/**
 * An operation the block accepted.
 *
 * @param opName          the reference's name for it, e.g. {@code NAME_RENEWAL}
 * @param subject         the name or namespace id it concerns (a preorder hash for preorders, the
 *                        message hash for ANNOUNCE)
 * @param record          the record as the operation left it; null for ANNOUNCE
 * @param consensusRecord the text it contributed to the consensus hash; null for ANNOUNCE
 */
public record AcceptedOperation(String opName, String txid, int vtxindex, String subject, StateValue record,
        String consensusRecord) {
}
