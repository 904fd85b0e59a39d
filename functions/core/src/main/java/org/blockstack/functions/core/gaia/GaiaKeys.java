package org.blockstack.functions.core.gaia;

import java.util.HexFormat;

import org.blockstack.functions.core.tokens.Secp256k1Keys;

/**
 * Keys as the Gaia hub sees them: it always hashes the <em>compressed</em> form of a public key
 * into an address (tokens spec §1.3), so an uncompressed {@code iss} owns the same bucket as its
 * compressed twin.
 */
public final class GaiaKeys {
    private GaiaKeys() {
    }

    /**
     * The compressed (33-byte) hex form of a public key given compressed or uncompressed.
     *
     * @throws IllegalArgumentException when the text is not a secp256k1 public key
     */
    public static String compressed(String publicKeyHex) {
        return HexFormat.of().formatHex(Secp256k1Keys.decodePoint(publicKeyHex).getEncoded(true));
    }

    /**
     * The bucket address of a key: base58check (version 0x00) of its compressed form.
     *
     * @throws IllegalArgumentException when the text is not a secp256k1 public key
     */
    public static String bucketAddress(String publicKeyHex) {
        return Secp256k1Keys.bitcoinAddress(compressed(publicKeyHex));
    }
}
