package org.blockstack.functions.core.addresses;

import java.math.BigInteger;

/**
 * Stacks addresses in Crockford-style base32 with a c32check checksum (tokens spec §1.4), as
 * {@code @stacks/transactions} writes them: {@code "S" + c32(version) + c32check(hash160)}.
 */
public final class C32Addresses {
    /** Mainnet single-signature version: addresses start {@code SP}. */
    public static final int MAINNET_SINGLE_SIG = 22;
    /** Testnet single-signature version: addresses start {@code ST}. */
    public static final int TESTNET_SINGLE_SIG = 26;

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final BigInteger THIRTY_TWO = BigInteger.valueOf(32);

    private C32Addresses() {
    }

    /** The mainnet single-signature Stacks address of the key bytes as given. */
    public static String ofPublicKey(byte[] publicKeyBytes) {
        return address(MAINNET_SINGLE_SIG, Hashes.hash160(publicKeyBytes));
    }

    public static String address(int version, byte[] hash160) {
        if (version < 0 || version >= 32) {
            throw new IllegalArgumentException("c32 address version must be 0..31, got " + version);
        }
        byte[] versioned = new byte[hash160.length + 1];
        versioned[0] = (byte) version;
        System.arraycopy(hash160, 0, versioned, 1, hash160.length);
        byte[] checksum = Hashes.doubleSha256(versioned);
        byte[] data = new byte[hash160.length + 4];
        System.arraycopy(hash160, 0, data, 0, hash160.length);
        System.arraycopy(checksum, 0, data, hash160.length, 4);
        return "S" + ALPHABET.charAt(version) + encode(data);
    }

    /**
     * c32 of a byte string: the big-endian integer in base 32 without leading zero digits, then
     * one {@code 0} in front for every leading zero byte.
     */
    static String encode(byte[] data) {
        StringBuilder digits = new StringBuilder();
        BigInteger value = new BigInteger(1, data);
        while (value.signum() > 0) {
            BigInteger[] quotientAndRemainder = value.divideAndRemainder(THIRTY_TWO);
            digits.append(ALPHABET.charAt(quotientAndRemainder[1].intValue()));
            value = quotientAndRemainder[0];
        }
        for (int i = 0; i < data.length && data[i] == 0; i++) {
            digits.append('0');
        }
        return digits.reverse().toString();
    }
}
