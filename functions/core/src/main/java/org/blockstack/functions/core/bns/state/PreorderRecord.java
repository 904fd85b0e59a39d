package org.blockstack.functions.core.bns.state;

/**
 * A NAME_PREORDER ({@code op = "?"}) or NAMESPACE_PREORDER ({@code op = "*"}) waiting for its
 * registration or reveal (bns-protocol §6.1). Deleted when consumed; never expires otherwise.
 *
 * @param opFee      satoshis paid to the fee output
 * @param tokenFee   micro-STX paid ({@code 0} when paid in BTC)
 * @param tokenUnits {@code BTC} or {@code STACKS}
 */
public record PreorderRecord(
        String op,
        String preorderHash,
        String consensusHash,
        String sender,
        String senderPubkey,
        String address,
        int blockNumber,
        String txid,
        int vtxindex,
        long opFee,
        String burnAddress,
        long tokenFee,
        String tokenUnits) implements StateValue {

    public static final String NAME_PREORDER = "?";
    public static final String NAMESPACE_PREORDER = "*";

    @Override
    public StateKey.Preorder key() {
        return new StateKey.Preorder(preorderHash);
    }

    public boolean isNamePreorder() {
        return NAME_PREORDER.equals(op);
    }

    public boolean paidInStacks() {
        return "STACKS".equals(tokenUnits);
    }
}
