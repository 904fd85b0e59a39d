package org.blockstack.functions.core.bns.state;

/**
 * A name's or namespace's state right after one operation (the reference's history rows, which
 * {@code GET /v1/names/{name}/history} serves), or the preorder a creation consumed, stored at
 * the preorder's own position.
 *
 * @param opcode         the operation's name, e.g. {@code NAME_RENEWAL}
 * @param record         the name, namespace or preorder record as it stood after the operation
 * @param creatorAddress for a row that created its name (a registration, or the first import of
 *                       a name never seen before), the owner it created the name for; else null.
 *                       The reference's {@code history.creator_address}, which name DIDs count.
 */
public record HistoryEntry(String subject, int blockNumber, int vtxindex, String txid, String opcode,
        StateValue record, String creatorAddress) implements StateValue {

    /** A row that created nothing. */
    public HistoryEntry(String subject, int blockNumber, int vtxindex, String txid, String opcode, StateValue record) {
        this(subject, blockNumber, vtxindex, txid, opcode, record, null);
    }

    @Override
    public StateKey.History key() {
        return new StateKey.History(subject, blockNumber, vtxindex);
    }
}
