package org.blockstack.functions.core.bns.state;

import java.util.List;

/**
 * A revealed ({@code op = "&"}) or ready ({@code op = "!"}) namespace (bns-protocol §6.1).
 *
 * @param sender           the preorderer's script, then (after NAMESPACE_READY) the ready sender's
 * @param address          the preorderer's address (where version-2 namespaces collect name fees)
 * @param recipient        the reveal address's script: it imports names and sends NAMESPACE_READY
 * @param blockNumber      height of the original preorder; kept when a lapsed reveal is revealed again
 * @param readyBlock       0 until ready
 * @param lifetime         blocks a name lives ({@link #LIFETIME_INFINITE}: forever), before the epoch multiplier
 * @param buckets          16 price exponents, for name lengths 1..15 and 16+
 * @param opFee            satoshis the preorder paid
 * @param tokenFee         micro-STX the preorder paid
 */
public record NamespaceRecord(
        String namespaceId,
        String preorderHash,
        int version,
        String sender,
        String senderPubkey,
        String address,
        String recipient,
        String recipientAddress,
        int blockNumber,
        int revealBlock,
        int readyBlock,
        String op,
        String txid,
        int vtxindex,
        long lifetime,
        int coeff,
        int base,
        List<Integer> buckets,
        int nonalphaDiscount,
        int noVowelDiscount,
        long opFee,
        long tokenFee) implements StateValue {

    public static final String REVEALED = "&";
    public static final String READY = "!";
    public static final long LIFETIME_INFINITE = 0xffffffffL;
    public static final int VERSION_PAY_TO_BURN = 1;
    public static final int VERSION_PAY_TO_CREATOR = 2;
    public static final int VERSION_PAY_WITH_STACKS = 3;

    public NamespaceRecord {
        buckets = List.copyOf(buckets);
        if (buckets.size() != 16) {
            throw new IllegalArgumentException("a namespace has 16 price buckets, got " + buckets.size());
        }
    }

    @Override
    public StateKey.Namespace key() {
        return new StateKey.Namespace(namespaceId);
    }

    public boolean isReady() {
        return READY.equals(op);
    }

    public NamespaceRecord readied(String readySender, int height, String readyTxid, int readyVtxindex) {
        return new NamespaceRecord(namespaceId, preorderHash, version, readySender, senderPubkey, address, recipient,
                recipientAddress, blockNumber, revealBlock, height, READY, readyTxid, readyVtxindex, lifetime, coeff,
                base, buckets, nonalphaDiscount, noVowelDiscount, opFee, tokenFee);
    }
}
