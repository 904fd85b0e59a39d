package org.blockstack.functions.core.bns.wire;

import java.util.Arrays;

/** Output script templates, compared byte for byte as the reference classifies them. */
public final class ScriptTypes {
    private ScriptTypes() {
    }

    /** {@code OP_DUP OP_HASH160 <20> OP_EQUALVERIFY OP_CHECKSIG}. */
    public static boolean isP2pkh(byte[] s) {
        return s.length == 25 && (s[0] & 0xff) == 0x76 && (s[1] & 0xff) == 0xa9 && s[2] == 0x14
                && (s[23] & 0xff) == 0x88 && (s[24] & 0xff) == 0xac;
    }

    /** {@code OP_HASH160 <20> OP_EQUAL}. */
    public static boolean isP2sh(byte[] s) {
        return s.length == 23 && (s[0] & 0xff) == 0xa9 && s[1] == 0x14 && (s[22] & 0xff) == 0x87;
    }

    public static boolean isP2wpkh(byte[] s) {
        return s.length == 22 && s[0] == 0 && s[1] == 0x14;
    }

    public static boolean isP2wsh(byte[] s) {
        return s.length == 34 && s[0] == 0 && s[1] == 0x20;
    }

    /** Anything starting with {@code OP_RETURN}: the reference's "nulldata". */
    public static boolean isNulldata(byte[] s) {
        return s.length > 0 && (s[0] & 0xff) == ScriptTokens.OP_RETURN;
    }

    /** The 20-byte hash of a p2pkh or p2sh script. */
    public static byte[] hash160(byte[] s) {
        if (isP2pkh(s)) {
            return Arrays.copyOfRange(s, 3, 23);
        }
        if (isP2sh(s)) {
            return Arrays.copyOfRange(s, 2, 22);
        }
        throw new IllegalArgumentException("not a p2pkh or p2sh script");
    }
}
