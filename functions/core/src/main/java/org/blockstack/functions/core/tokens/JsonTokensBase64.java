package org.blockstack.functions.core.tokens;

import java.nio.charset.StandardCharsets;

/**
 * Base64url decoding exactly as jsontokens 4 does it: pad with {@code =} to a multiple of four,
 * then decode with base64-js. That decoder accepts both alphabets ({@code -_} and {@code +/}),
 * reads any other character as zero bits instead of failing, and stops at the first {@code =}.
 * Text decoding follows {@code TextDecoder}: UTF-8, malformed bytes replaced, one leading BOM
 * dropped. Matching this keeps our verdicts equal to the reference's on unusual encodings, which
 * matters because the signature covers the segments as written, not their decoded bytes.
 */
final class JsonTokensBase64 {
    private static final int[] SEXTETS = new int[128];

    static {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            SEXTETS[alphabet.charAt(i)] = i;
        }
        SEXTETS['-'] = 62;
        SEXTETS['_'] = 63;
    }

    private JsonTokensBase64() {
    }

    /**
     * The bytes base64-js produces for {@code text} padded to a multiple of four; null where it
     * throws (a segment starting with {@code =} asks it for a negative-length array).
     */
    static byte[] decode(CharSequence text, int start, int end) {
        int length = end - start;
        int paddedLength = length + (4 - length % 4) % 4;
        int validLength = length;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '=') {
                validLength = i - start;
                break;
            }
        }
        int placeholders = validLength == paddedLength ? 0 : 4 - validLength % 4;
        int byteLength = (validLength + placeholders) * 3 / 4 - placeholders;
        if (byteLength < 0) {
            return null;
        }
        byte[] out = new byte[byteLength];
        int written = 0;
        int quadsEnd = placeholders > 0 ? validLength - 4 : validLength;
        int i = 0;
        for (; i < quadsEnd; i += 4) {
            int bits = sextet(text, end, start + i) << 18 | sextet(text, end, start + i + 1) << 12
                    | sextet(text, end, start + i + 2) << 6 | sextet(text, end, start + i + 3);
            written = put(out, written, bits >> 16);
            written = put(out, written, bits >> 8);
            written = put(out, written, bits);
        }
        if (placeholders == 2) {
            int bits = sextet(text, end, start + i) << 2 | sextet(text, end, start + i + 1) >> 4;
            put(out, written, bits);
        } else if (placeholders == 1) {
            int bits = sextet(text, end, start + i) << 10 | sextet(text, end, start + i + 1) << 4 | sextet(text, end, start + i + 2) >> 2;
            written = put(out, written, bits >> 8);
            put(out, written, bits);
        }
        return out;
    }

    /** A typed array ignores writes past its end; so does this. */
    private static int put(byte[] out, int index, int value) {
        if (index < out.length) {
            out[index] = (byte) value;
        }
        return index + 1;
    }

    /** The six bits of one character; characters outside both alphabets count as zero, as in base64-js. */
    private static int sextet(CharSequence text, int end, int position) {
        if (position >= end) {
            return 0;
        }
        char c = text.charAt(position);
        return c < 128 ? SEXTETS[c] : 0;
    }

    /** {@code new TextDecoder().decode(bytes)}: UTF-8 with replacement, one leading BOM removed. */
    static String utf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }
}
