package org.blockstack.functions.core.addresses;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Stacks addresses in Crockford-style base32 with a c32check checksum (tokens spec §1.4), as
 * {@code @stacks/transactions} writes them: {@code "S" + c32(version) + c32check(hash160)}.
 */
public final class C32Addresses {
    /** Mainnet single-signature version: addresses start {@code SP}. */
    public static final int MAINNET_SINGLE_SIG = 22;
    /** Mainnet multi-signature version: addresses start {@code SM}. */
    public static final int MAINNET_MULTI_SIG = 20;
    /** Testnet single-signature version: addresses start {@code ST}. */
    public static final int TESTNET_SINGLE_SIG = 26;
    /** Testnet multi-signature version: addresses start {@code SN}. */
    public static final int TESTNET_MULTI_SIG = 21;

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

    /** A decoded Stacks address: its version and 20-byte hash. */
    public record Decoded(int version, byte[] hash160) {
    }

    /**
     * Decodes a c32check address as {@code c32check}'s {@code c32addressDecode} does: letter case,
     * {@code O} for {@code 0} and {@code I}/{@code L} for {@code 1} are forgiven; the checksum must
     * hold. Empty when the text is not an address of a 20-byte hash.
     */
    public static Optional<Decoded> decode(String address) {
        if (address == null || address.length() < 3 || address.length() > 64) {
            return Optional.empty();
        }
        String text = address.toUpperCase(Locale.ROOT).replace('O', '0').replace('L', '1').replace('I', '1');
        if (text.charAt(0) != 'S') {
            return Optional.empty();
        }
        int version = ALPHABET.indexOf(text.charAt(1));
        byte[] data = decodeDigits(text.substring(2));
        if (version < 0 || data == null || data.length != 24) {
            return Optional.empty();
        }
        byte[] hash160 = Arrays.copyOf(data, 20);
        if (!address(version, hash160).equals("S" + ALPHABET.charAt(version) + encode(data))) {
            return Optional.empty();
        }
        return Optional.of(new Decoded(version, hash160));
    }

    /** The inverse of {@link #encode}; null when a character is not c32. */
    static byte[] decodeDigits(String digits) {
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(zeros) == '0') {
            zeros++;
        }
        BigInteger value = BigInteger.ZERO;
        for (int i = zeros; i < digits.length(); i++) {
            int digit = ALPHABET.indexOf(digits.charAt(i));
            if (digit < 0) {
                return null;
            }
            value = value.shiftLeft(5).or(BigInteger.valueOf(digit));
        }
        byte[] magnitude = value.signum() == 0 ? new byte[0] : value.toByteArray();
        int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
        byte[] bytes = new byte[zeros + magnitude.length - skip];
        System.arraycopy(magnitude, skip, bytes, zeros, magnitude.length - skip);
        return bytes;
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
