package org.blockstack.functions.core.addresses;

import java.util.Arrays;
import java.util.Optional;

import org.bitcoinj.base.Base58;
import org.bitcoinj.base.exceptions.AddressFormatException;

/**
 * Base58check pay-to-public-key-hash addresses, as Blockstack derives them from public keys
 * (tokens spec §1.3): the hash is taken over the key bytes exactly as written, so the compressed
 * and uncompressed encodings of one key have two different addresses.
 */
public final class BitcoinAddresses {
    /** Mainnet P2PKH version byte: addresses start with {@code 1}. Blockstack tokens only use this one. */
    public static final int MAINNET_P2PKH = 0x00;
    /** Testnet and regtest P2PKH version byte: addresses start with {@code m} or {@code n}. */
    public static final int TESTNET_P2PKH = 0x6f;

    private BitcoinAddresses() {
    }

    /** The mainnet address of the key bytes as given. */
    public static String ofPublicKey(byte[] publicKeyBytes) {
        return p2pkh(MAINNET_P2PKH, Hashes.hash160(publicKeyBytes));
    }

    public static String p2pkh(int version, byte[] hash160) {
        return Base58.encodeChecked(version, hash160);
    }

    /** A decoded P2PKH address: its version byte and 20-byte hash. */
    public record Decoded(int version, byte[] hash160) {
        public boolean hashEquals(byte[] other) {
            return Arrays.equals(hash160, other);
        }
    }

    /** Decodes a base58check address of a 20-byte hash; empty when the text is not one. */
    public static Optional<Decoded> decode(String address) {
        try {
            byte[] versioned = Base58.decodeChecked(address);
            if (versioned.length != 21) {
                return Optional.empty();
            }
            return Optional.of(new Decoded(versioned[0] & 0xff, Arrays.copyOfRange(versioned, 1, 21)));
        } catch (AddressFormatException e) {
            return Optional.empty();
        }
    }
}
