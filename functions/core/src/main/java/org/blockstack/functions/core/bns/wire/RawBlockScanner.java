package org.blockstack.functions.core.bns.wire;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.bitcoinj.core.Block;
import org.bitcoinj.core.ProtocolException;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionOutput;
import org.blockstack.functions.core.chain.InvalidBlockException;

/**
 * Finds BNS candidates in a serialized block without deserializing it: walks the transactions'
 * varints, segwit marker and witnesses, looks only at output scripts that start with
 * {@code OP_RETURN}, and hands just the candidate transactions to bitcoinj. Almost every
 * transaction of a real block is skipped over at the cost of reading its lengths.
 */
public final class RawBlockScanner {
    private static final int HEADER_BYTES = 80;

    private final byte magic0;
    private final byte magic1;

    /** @param magicBytes the two ASCII characters every BNS payload starts with */
    public RawBlockScanner(String magicBytes) {
        byte[] magic = magicBytes.getBytes(StandardCharsets.US_ASCII);
        this.magic0 = magic[0];
        this.magic1 = magic[1];
    }

    /** @throws InvalidBlockException when the bytes end inside a transaction or a length is impossible */
    public List<BnsCandidate> scan(byte[] block) throws InvalidBlockException {
        try {
            return new Cursor(block).candidates();
        } catch (IndexOutOfBoundsException | ProtocolException e) {
            throw new InvalidBlockException("block of " + block.length + " bytes is truncated or malformed: "
                    + e.getMessage(), e);
        }
    }

    /** The candidates of a block bitcoinj already parsed (same rules, no byte scan needed). */
    public List<BnsCandidate> scan(Block block) {
        List<BnsCandidate> candidates = new ArrayList<>();
        List<Transaction> transactions = block.getTransactions();
        for (int index = 0; index < transactions.size(); index++) {
            byte[] lastOpReturn = null;
            boolean hasOpReturn = false;
            for (TransactionOutput output : transactions.get(index).getOutputs()) {
                byte[] script = output.getScriptBytes();
                if (ScriptTypes.isNulldata(script)) {
                    hasOpReturn = true;
                    lastOpReturn = ScriptTokens.opReturnPayload(script, 0, script.length);
                }
            }
            byte[] payload = hasOpReturn ? BnsCandidate.payloadIfCandidate(lastOpReturn, magic0, magic1) : null;
            if (payload != null) {
                candidates.add(new BnsCandidate(index, transactions.get(index), payload));
            }
        }
        return candidates;
    }

    /** One pass over a serialized block. */
    private final class Cursor {
        private final byte[] bytes;
        private int position;

        Cursor(byte[] bytes) {
            this.bytes = bytes;
        }

        List<BnsCandidate> candidates() {
            position = HEADER_BYTES;
            long count = varint();
            List<BnsCandidate> candidates = new ArrayList<>();
            for (int index = 0; index < count; index++) {
                int start = position;
                byte[] payload = transaction();
                if (payload != null) {
                    Transaction transaction = Transaction.read(ByteBuffer.wrap(bytes, start, position - start).slice());
                    candidates.add(new BnsCandidate(index, transaction, payload));
                }
            }
            if (position != bytes.length) {
                throw new ProtocolException((bytes.length - position) + " bytes follow the last transaction");
            }
            return candidates;
        }

        /** Skips one transaction; returns its candidate payload, or null. */
        private byte[] transaction() {
            skip(4); // version
            long inputs = varint();
            boolean witness = false;
            if (inputs == 0) {
                int flags = bytes[position++] & 0xff;
                if (flags != 0) {
                    witness = (flags & 1) != 0;
                    inputs = varint();
                }
            }
            for (long i = 0; i < inputs; i++) {
                skip(36); // outpoint
                skip(varint()); // scriptSig
                skip(4); // sequence
            }
            long outputs = varint();
            int lastOpReturnStart = -1;
            int lastOpReturnLength = 0;
            for (long o = 0; o < outputs; o++) {
                skip(8); // value
                int length = length(varint());
                if (length > 0 && (bytes[position] & 0xff) == ScriptTokens.OP_RETURN) {
                    lastOpReturnStart = position;
                    lastOpReturnLength = length;
                }
                skip(length);
            }
            if (witness) {
                for (long i = 0; i < inputs; i++) {
                    long items = varint();
                    for (long item = 0; item < items; item++) {
                        skip(varint());
                    }
                }
            }
            skip(4); // lock time
            if (lastOpReturnStart < 0) {
                return null;
            }
            // only the deciding (last) OP_RETURN output is tokenised, and only when there is one
            return BnsCandidate.payloadIfCandidate(
                    ScriptTokens.opReturnPayload(bytes, lastOpReturnStart, lastOpReturnLength), magic0, magic1);
        }

        private long varint() {
            int first = bytes[position++] & 0xff;
            if (first < 0xfd) {
                return first;
            }
            int size = first == 0xfd ? 2 : first == 0xfe ? 4 : 8;
            long value = 0;
            for (int i = size - 1; i >= 0; i--) {
                value = (value << 8) | (bytes[position + i] & 0xff);
            }
            position += size;
            return value;
        }

        private int length(long value) {
            if (value < 0 || value > bytes.length - position) {
                throw new ProtocolException("length " + value + " at byte " + position + " runs past the block's "
                        + bytes.length + " bytes");
            }
            return (int) value;
        }

        private void skip(long count) {
            position += length(count);
        }
    }
}
