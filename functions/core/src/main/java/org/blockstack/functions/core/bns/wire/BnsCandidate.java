package org.blockstack.functions.core.bns.wire;

import java.util.Arrays;

import org.bitcoinj.core.Transaction;

/**
 * A transaction whose deciding {@code OP_RETURN} output carries the magic bytes and a known
 * opcode: maybe a BNS operation, to be parsed with its senders.
 *
 * @param vtxindex position in the block (coinbase = 0)
 * @param payload  the whole {@code OP_RETURN} payload: magic bytes, opcode, body
 */
public record BnsCandidate(int vtxindex, Transaction transaction, byte[] payload) {
    public BnsOpcode opcode() {
        return BnsOpcode.of(payload[2]).orElseThrow();
    }

    /** The operation body: the payload after the magic bytes and the opcode. */
    public byte[] body() {
        return Arrays.copyOfRange(payload, 3, payload.length);
    }

    /**
     * The payload of a BNS candidate among {@code outputs}' scripts: the last {@code OP_RETURN}
     * output decides (bns-protocol §2.1); it must be {@code OP_RETURN <push>} whose data starts
     * with the magic bytes and a known opcode. Null otherwise.
     */
    static byte[] payloadIfCandidate(byte[] payload, byte magic0, byte magic1) {
        if (payload == null || payload.length < 3 || payload[0] != magic0 || payload[1] != magic1) {
            return null;
        }
        return BnsOpcode.of(payload[2]).isPresent() ? payload : null;
    }
}
