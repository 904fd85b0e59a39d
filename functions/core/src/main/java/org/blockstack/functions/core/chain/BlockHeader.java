package org.blockstack.functions.core.chain;

/**
 * What sync keeps of a block besides its BNS operations: where it is in the chain and what it
 * holds. Built from verified header bytes ({@link ChainBlock}) or read back from an extract.
 *
 * @param hash       display-order hex
 * @param parentHash display-order hex of the previous block
 * @param sizeBytes  the serialized block's size
 */
public record BlockHeader(int height, String hash, String parentHash, long timeSeconds, int transactionCount,
        int sizeBytes) {

    public boolean hasParent(String hash) {
        return parentHash.equals(hash);
    }
}
