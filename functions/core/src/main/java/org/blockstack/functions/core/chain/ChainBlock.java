package org.blockstack.functions.core.chain;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.bitcoinj.base.Sha256Hash;

/**
 * A Bitcoin block at a known height, checked from its wire bytes without deserialising it: the
 * 80-byte header hashes to the hash the source announced for that height, the transactions fill
 * the bytes exactly, and their ids (hashed over the raw bytes) give the header's merkle root. A
 * source cannot slip in other transactions under a genuine header, nor a truncated block.
 *
 * <p>Witness data is not covered by the merkle root (only by the coinbase's witness commitment,
 * which is not checked): BNS never reads witnesses (decisions I5-4).
 */
public final class ChainBlock {
    private final BlockHeader header;
    private final byte[] raw;

    private ChainBlock(BlockHeader header, byte[] raw) {
        this.header = header;
        this.raw = raw;
    }

    /**
     * Checks a serialized block against the hash announced for {@code height}.
     *
     * @throws InvalidBlockException if the bytes are truncated or malformed, hash to something
     *                               else, or hold transactions that do not match the header
     */
    public static ChainBlock parse(int height, String expectedHash, byte[] raw) throws InvalidBlockException {
        if (raw.length < RawTransactions.HEADER_BYTES) {
            throw new InvalidBlockException("block " + expectedHash + " at height " + height
                    + " is truncated or malformed (" + raw.length + " bytes): shorter than its 80-byte header");
        }
        MessageDigest sha256 = sha256();
        String actualHash = displayHex(twice(sha256, raw, 0, RawTransactions.HEADER_BYTES));
        if (!actualHash.equals(expectedHash)) {
            throw new InvalidBlockException("block at height " + height + " hashes to " + actualHash
                    + ", expected " + expectedHash);
        }
        TransactionIds ids = new TransactionIds(raw, sha256);
        int count;
        try {
            count = RawTransactions.walk(raw, ids);
        } catch (InvalidBlockException e) {
            throw new InvalidBlockException("block " + expectedHash + " at height " + height
                    + " is truncated or malformed (" + raw.length + " bytes): " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new InvalidBlockException("block " + expectedHash + " at height " + height + " has no transactions");
        }
        byte[] headerRoot = Arrays.copyOfRange(raw, 36, 68);
        MerkleRoot root = MerkleRoot.of(ids.ids, count, sha256);
        if (root.mutated()) {
            throw new InvalidBlockException("block " + expectedHash + " at height " + height
                    + " repeats transactions in a way that leaves its merkle root unchanged (a mutated block)");
        }
        if (!Arrays.equals(root.hash(), headerRoot)) {
            throw new InvalidBlockException("block " + expectedHash + " at height " + height
                    + " holds transactions that do not match its header: their merkle root is "
                    + displayHex(root.hash()) + ", the header's is " + displayHex(headerRoot));
        }
        ByteBuffer fields = ByteBuffer.wrap(raw, 0, RawTransactions.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        String parentHash = displayHex(Arrays.copyOfRange(raw, 4, 36));
        long timeSeconds = Integer.toUnsignedLong(fields.getInt(68));
        return new ChainBlock(new BlockHeader(height, actualHash, parentHash, timeSeconds, count, raw.length), raw);
    }

    public BlockHeader header() {
        return header;
    }

    public int height() {
        return header.height();
    }

    public String hash() {
        return header.hash();
    }

    /** The serialized block (not copied: callers must not modify it). */
    public byte[] raw() {
        return raw;
    }

    /** Every transaction id of the block, in internal byte order, 32 bytes each, in block order. */
    private static final class TransactionIds implements RawTransactions.Visitor {
        private final byte[] block;
        private final MessageDigest sha256;
        private final byte[] scratch = new byte[32];
        private byte[] ids = new byte[32 * 64];

        TransactionIds(byte[] block, MessageDigest sha256) {
            this.block = block;
            this.sha256 = sha256;
        }

        @Override
        public void transaction(int index, int start, int end, int bodyStart, int witnessStart, boolean segwit) {
            if (ids.length < 32 * (index + 1)) {
                ids = Arrays.copyOf(ids, ids.length * 2);
            }
            if (segwit) {
                // the txid leaves out the marker, flag and witnesses: version, inputs and outputs, lock time
                sha256.update(block, start, 4);
                sha256.update(block, bodyStart, witnessStart - bodyStart);
                sha256.update(block, end - 4, 4);
            } else {
                sha256.update(block, start, end - start);
            }
            doubleHashInto(sha256, scratch, ids, 32 * index);
        }
    }

    /**
     * Finishes the digest {@code sha256} holds, hashes that again, and writes the result into
     * {@code target} at {@code offset}: no allocation, which matters at thousands of ids per block.
     */
    static void doubleHashInto(MessageDigest sha256, byte[] scratch, byte[] target, int offset) {
        try {
            sha256.digest(scratch, 0, 32);
            sha256.update(scratch, 0, 32);
            sha256.digest(target, offset, 32);
        } catch (DigestException e) {
            throw new IllegalStateException("SHA-256 cannot write 32 bytes", e);
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static byte[] twice(MessageDigest sha256, byte[] bytes, int offset, int length) {
        sha256.update(bytes, offset, length);
        return sha256.digest(sha256.digest());
    }

    /** Hashes are shown byte-reversed, as Bitcoin Core shows them. */
    private static String displayHex(byte[] internalOrder) {
        return Sha256Hash.wrapReversed(internalOrder).toString();
    }
}
