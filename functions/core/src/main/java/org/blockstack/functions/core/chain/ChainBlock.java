package org.blockstack.functions.core.chain;

import java.nio.ByteBuffer;
import java.util.List;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.ProtocolException;
import org.bitcoinj.core.Transaction;

/**
 * A Bitcoin block at a known height, parsed from its wire bytes and checked against the hash
 * the block source announced for that height.
 */
public final class ChainBlock {
    private final int height;
    private final Block block;
    private final int sizeBytes;

    private ChainBlock(int height, Block block, int sizeBytes) {
        this.height = height;
        this.block = block;
        this.sizeBytes = sizeBytes;
    }

    /**
     * Parses a serialized block and checks that it hashes to {@code expectedHash}.
     *
     * @throws InvalidBlockException if the bytes do not parse completely or hash to something else
     */
    public static ChainBlock parse(int height, String expectedHash, byte[] raw) throws InvalidBlockException {
        Block block;
        try {
            ByteBuffer buffer = ByteBuffer.wrap(raw);
            block = Block.read(buffer);
            if (buffer.hasRemaining()) {
                throw new InvalidBlockException("block " + expectedHash + " at height " + height + " has "
                        + buffer.remaining() + " trailing bytes after its transactions");
            }
        } catch (ProtocolException | java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new InvalidBlockException("block " + expectedHash + " at height " + height
                    + " is truncated or malformed (" + raw.length + " bytes): " + e.getMessage(), e);
        }
        String actualHash = block.getHashAsString();
        if (!actualHash.equals(expectedHash)) {
            throw new InvalidBlockException("block at height " + height + " hashes to " + actualHash
                    + ", expected " + expectedHash);
        }
        return new ChainBlock(height, block, raw.length);
    }

    public static ChainBlock of(int height, Block block) {
        return new ChainBlock(height, block, block.serialize().length);
    }

    public int height() {
        return height;
    }

    public String hash() {
        return block.getHashAsString();
    }

    public String parentHash() {
        return block.getPrevBlockHash().toString();
    }

    public boolean hasParent(String hash) {
        return block.getPrevBlockHash().equals(Sha256Hash.wrap(hash));
    }

    public long timeSeconds() {
        return block.getTimeSeconds();
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public List<Transaction> transactions() {
        return block.getTransactions();
    }

    public Block block() {
        return block;
    }
}
