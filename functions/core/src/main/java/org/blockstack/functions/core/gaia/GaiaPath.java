package org.blockstack.functions.core.gaia;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * File paths inside a bucket (gaia-hub §2.1, §2.5, §9). A path arrives percent-encoded in the
 * URL, is decoded as a whole (so {@code %2F} is a real {@code /}), loses one trailing {@code /},
 * and is stored under the key {@code <address>/<path>}.
 */
public final class GaiaPath {
    /** S3's limit on an object key, in UTF-8 bytes. */
    public static final int MAX_KEY_BYTES = 1024;
    /** Bucket addresses in URLs, as the reference routes them. */
    public static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9]+");
    private static final String HISTORY_PREFIX = ".history.";

    private GaiaPath() {
    }

    /**
     * The stored path for a raw (still percent-encoded) URL path: decoded like
     * {@code decodeURIComponent}, one trailing {@code /} removed, then checked.
     *
     * @throws GaiaRequestException 403 {@code BadPathError} "Invalid Path" when refused: any
     *         {@code ..} (the reference's only rule), control characters, an empty path, invalid
     *         percent-encoding, or a key longer than S3 allows
     */
    public static String fromUrl(String address, String encodedPath) throws GaiaRequestException {
        String path = decode(encodedPath);
        check(address, path);
        return path;
    }

    /**
     * Decodes a raw URL path and removes one trailing {@code /}, without judging it (a hub
     * authenticates before it refuses a path, as the reference does).
     *
     * @throws GaiaRequestException 403 when the percent-encoding is malformed
     */
    public static String decode(String encodedPath) throws GaiaRequestException {
        String path = percentDecode(encodedPath);
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Checks an already decoded path of bucket {@code address}; see {@link #fromUrl}. */
    public static void check(String address, String path) throws GaiaRequestException {
        if (!isStorable(address, path)) {
            throw GaiaRequestException.badPath();
        }
    }

    /** True when {@link #check} accepts the decoded path: a file of that name may exist. */
    public static boolean isStorable(String address, String path) {
        return !path.isEmpty() && !path.contains("..") && !hasControlCharacter(path)
                && objectKey(address, path).getBytes(StandardCharsets.UTF_8).length <= MAX_KEY_BYTES;
    }

    /** The S3 key of a file: {@code <address>/<path>}. */
    public static String objectKey(String address, String path) {
        return address + "/" + path;
    }

    /**
     * The name an archival write or delete moves the current file to (gaia-hub §9.3):
     * {@code <dir>/.history.<epochMillis>.<uniqueId>.<basename>}.
     */
    public static String historyPath(String path, long epochMillis, String uniqueId) {
        int slash = path.lastIndexOf('/');
        String dir = path.substring(0, slash + 1);
        String name = path.substring(slash + 1);
        return dir + HISTORY_PREFIX + epochMillis + "." + uniqueId + "." + name;
    }

    /** True for names archival writes produce; listings made with archival tokens hide them. */
    public static boolean isHistoryFile(String path) {
        return path.substring(path.lastIndexOf('/') + 1).startsWith(HISTORY_PREFIX);
    }

    private static boolean hasControlCharacter(String path) {
        return path.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** {@code decodeURIComponent}: %XX sequences as UTF-8; '+' stays '+'; malformed input refused. */
    static String percentDecode(String text) throws GaiaRequestException {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= text.length()) {
                throw GaiaRequestException.badPath();
            }
            int high = Character.digit(text.charAt(i + 1), 16);
            int low = Character.digit(text.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                throw GaiaRequestException.badPath();
            }
            bytes.write(high << 4 | low);
            i += 2;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw GaiaRequestException.badPath();
        }
    }
}
