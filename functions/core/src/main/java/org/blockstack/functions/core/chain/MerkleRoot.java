package org.blockstack.functions.core.chain;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Bitcoin's merkle root of a block's transaction ids (internal byte order): pairs hashed with
 * double SHA-256, the last of an odd level paired with itself. {@code mutated} says that some
 * level held two equal adjacent hashes, which lets a block with repeated transactions share the
 * root of the genuine one (CVE-2012-2459); Bitcoin Core refuses such blocks, and so do we.
 */
record MerkleRoot(byte[] hash, boolean mutated) {
    private static final int HASH = 32;

    /** @param ids {@code count} ids of 32 bytes each (the array may be longer); overwritten */
    static MerkleRoot of(byte[] ids, int count, MessageDigest sha256) {
        boolean mutated = false;
        byte[] scratch = new byte[HASH];
        int level = count;
        while (level > 1) {
            int next = 0;
            for (int i = 0; i < level; i += 2) {
                int left = i * HASH;
                int right = i + 1 < level ? (i + 1) * HASH : left;
                if (i + 1 < level && Arrays.equals(ids, left, left + HASH, ids, right, right + HASH)) {
                    mutated = true;
                }
                sha256.update(ids, left, HASH);
                sha256.update(ids, right, HASH);
                ChainBlock.doubleHashInto(sha256, scratch, ids, next * HASH);
                next++;
            }
            level = next;
        }
        return new MerkleRoot(Arrays.copyOf(ids, HASH), mutated);
    }
}
