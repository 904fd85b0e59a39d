package org.blockstack.functions.infra.aws.bitcoin;

import java.util.regex.Pattern;

/** Checks on identifiers that sources answer with or that we put into URLs. */
final class Hex {
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private Hex() {
    }

    /** A block hash or txid: 64 lower-case hex characters. */
    static boolean isHash(String text) {
        return text != null && HASH.matcher(text).matches();
    }

    static String requireHash(String text, String what) {
        if (!isHash(text)) {
            throw new IllegalArgumentException(what + " must be 64 lower-case hex characters, got '" + text + "'");
        }
        return text;
    }
}
