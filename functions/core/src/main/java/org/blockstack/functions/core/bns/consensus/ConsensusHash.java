package org.blockstack.functions.core.bns.consensus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.blockstack.functions.core.addresses.Hashes;

/**
 * Virtualchain's consensus hash (bns-protocol §10.1): a Merkle root over the block's accepted
 * records, mixed with earlier consensus hashes at distances 1, 3, 7, 15, … and reduced to 16
 * bytes of hash160.
 */
public final class ConsensusHash {
    private static final HexFormat HEX = HexFormat.of();
    /** Hex of sha256d of the empty string: the single leaf of a block without operations. */
    public static final String EMPTY_OPS_LEAF = leaf("");

    private ConsensusHash() {
    }

    /** The ops hash of a block: Merkle root over the sha256d hex of each serialized record, sorted as strings. */
    public static String opsHash(List<String> serializedRecords) {
        List<String> leaves = new ArrayList<>();
        for (String record : serializedRecords) {
            leaves.add(leaf(record));
        }
        if (leaves.isEmpty()) {
            leaves.add(EMPTY_OPS_LEAF);
        }
        leaves.sort(null);
        return merkleRootHex(leaves);
    }

    /**
     * The heights whose consensus hashes block {@code height} mixes in: {@code height − (2^i − 1)}
     * for i = 1, 2, … while not below {@code firstBlock}.
     */
    public static List<Integer> priorHeights(int height, int firstBlock) {
        List<Integer> heights = new ArrayList<>();
        for (long offset = 1; height - offset >= firstBlock; offset = offset * 2 + 1) {
            heights.add((int) (height - offset));
        }
        return heights;
    }

    /** The consensus hash from a block's ops hash and the prior consensus hashes ({@link #priorHeights}). */
    public static String of(String opsHash, List<String> priorConsensusHashes) {
        List<String> all = new ArrayList<>(priorConsensusHashes);
        all.add(opsHash);
        all.sort(null);
        byte[] root = HEX.parseHex(merkleRootHex(all));
        return HEX.formatHex(Arrays.copyOf(Hashes.hash160(root), 16));
    }

    /**
     * Bitcoin's transaction Merkle tree over display-order hex strings: each leaf byte-reversed,
     * pairs hashed with sha256d, an odd row's last entry doubled, the root reversed back.
     */
    public static String merkleRootHex(List<String> hexLeaves) {
        if (hexLeaves.isEmpty()) {
            throw new IllegalArgumentException("a Merkle tree needs at least one leaf");
        }
        List<byte[]> row = new ArrayList<>();
        for (String leaf : hexLeaves) {
            row.add(reversed(HEX.parseHex(leaf)));
        }
        while (row.size() > 1) {
            if (row.size() % 2 == 1) {
                row.add(row.get(row.size() - 1));
            }
            List<byte[]> next = new ArrayList<>();
            for (int i = 0; i < row.size(); i += 2) {
                byte[] pair = new byte[row.get(i).length + row.get(i + 1).length];
                System.arraycopy(row.get(i), 0, pair, 0, row.get(i).length);
                System.arraycopy(row.get(i + 1), 0, pair, row.get(i).length, row.get(i + 1).length);
                next.add(Hashes.doubleSha256(pair));
            }
            row = next;
        }
        return HEX.formatHex(reversed(row.get(0)));
    }

    private static String leaf(String serializedRecord) {
        return HEX.formatHex(Hashes.doubleSha256(serializedRecord.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] reversed(byte[] bytes) {
        byte[] out = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[i] = bytes[bytes.length - 1 - i];
        }
        return out;
    }
}
