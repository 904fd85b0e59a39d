package org.blockstack.functions.core.bns.names;

import java.math.BigInteger;
import java.util.HexFormat;

/**
 * BNS base-40: the alphabet names are written in, read as digits of one big number. Used only
 * inside preorder hashes, which commit to that number rather than to the string: leading
 * {@code 0} characters vanish, so {@code "0abc"} and {@code "abc"} hash alike (bns-protocol §3.3).
 */
public final class Base40 {
    /** Digit value = position: {@code 0}=0 … {@code z}=35, {@code -}=36, {@code _}=37, {@code .}=38, {@code +}=39. */
    public static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz-_.+";
    private static final BigInteger FORTY = BigInteger.valueOf(40);

    private Base40() {
    }

    /** Whether every character of {@code text} is a base-40 digit (the empty string is). */
    public static boolean isBase40(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (ALPHABET.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The number {@code text} spells in base 40. */
    public static BigInteger toInteger(String text) {
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < text.length(); i++) {
            int digit = ALPHABET.indexOf(text.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("'" + text + "' is not base-40: character '" + text.charAt(i)
                        + "' at " + i + " is outside " + ALPHABET);
            }
            value = value.multiply(FORTY).add(BigInteger.valueOf(digit));
        }
        return value;
    }

    /**
     * {@code b40_to_bin}: the number as big-endian bytes, written as lower-case hex without leading
     * zeros and padded to whole bytes ({@code "0"} becomes one zero byte).
     */
    public static byte[] toBytes(String text) {
        String hex = toInteger(text).toString(16);
        if (hex.length() % 2 == 1) {
            hex = "0" + hex;
        }
        return HexFormat.of().parseHex(hex);
    }
}
