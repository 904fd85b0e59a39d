package org.blockstack.functions.core.gaia;

/**
 * ETag strings as clients echo them. S3 serves quoted ETags ({@code "5d41…"}) while the reference
 * disk driver served bare hex, and clients send back whatever they last saw, so comparisons
 * ignore a {@code W/} prefix and surrounding quotes (gaia-hub §4.3).
 */
public final class Etags {
    private Etags() {
    }

    /** The opaque value: without {@code W/} and without surrounding double quotes. */
    public static String bare(String etag) {
        String value = etag.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** The quoted form S3 expects in {@code If-Match}. */
    public static String quoted(String etag) {
        return "\"" + bare(etag) + "\"";
    }

    public static boolean same(String a, String b) {
        return bare(a).equals(bare(b));
    }
}
