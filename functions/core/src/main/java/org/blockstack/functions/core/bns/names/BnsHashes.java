package org.blockstack.functions.core.bns.names;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.blockstack.functions.core.addresses.Hashes;

/** The hash constructions of bns-protocol §4. Hex results are lower case. */
public final class BnsHashes {
    private static final HexFormat HEX = HexFormat.of();

    private BnsHashes() {
    }

    /**
     * The preorder hash of a name or namespace id: {@code hash160(b40(id) || senderScript ||
     * ascii(address))}, where {@code address} is the register (or reveal) address. Also the
     * "preorder hash" stored for imports, with the importer's script and the recipient address.
     */
    public static String preorderHash(String id, String senderScriptHex, String address) {
        ByteArrayOutputStream preimage = new ByteArrayOutputStream();
        preimage.writeBytes(Base40.toBytes(id));
        preimage.writeBytes(HEX.parseHex(senderScriptHex));
        preimage.writeBytes(address.getBytes(StandardCharsets.US_ASCII));
        return HEX.formatHex(Hashes.hash160(preimage.toByteArray()));
    }

    /** {@code name_hash128}: the first 16 bytes of SHA256(fqn), which NAME_TRANSFER carries. */
    public static String nameHash128(String fqn) {
        return HEX.formatHex(Arrays.copyOf(Hashes.sha256(fqn.getBytes(StandardCharsets.US_ASCII)), 16));
    }

    /**
     * The name-consensus hash a NAME_UPDATE carries: the first 16 bytes of SHA256 over the name
     * followed by the 32 hex characters (not the bytes) of a consensus hash.
     */
    public static String nameConsensusHash(String fqn, String consensusHashHex) {
        byte[] text = (fqn + consensusHashHex).getBytes(StandardCharsets.US_ASCII);
        return HEX.formatHex(Arrays.copyOf(Hashes.sha256(text), 16));
    }

    /** The value (zone file) hash: hash160 of the zone file's bytes. */
    public static String valueHash(byte[] zonefile) {
        return HEX.formatHex(Hashes.hash160(zonefile));
    }
}
