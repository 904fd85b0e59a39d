package org.blockstack.functions.core.bns.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/** Reads an operation body field by field; running past its end is a malformed operation. */
public final class PayloadReader {
    private final byte[] body;
    private int position;

    public PayloadReader(byte[] body) {
        this.body = body;
    }

    public int remaining() {
        return body.length - position;
    }

    public byte[] bytes(int count) throws MalformedOperationException {
        if (count > remaining()) {
            throw new MalformedOperationException("body of " + body.length + " bytes ends before byte "
                    + (position + count));
        }
        byte[] out = Arrays.copyOfRange(body, position, position + count);
        position += count;
        return out;
    }

    public String hex(int count) throws MalformedOperationException {
        return HexFormat.of().formatHex(bytes(count));
    }

    public int unsigned8() throws MalformedOperationException {
        return bytes(1)[0] & 0xff;
    }

    public long unsignedBigEndian(int count) throws MalformedOperationException {
        long value = 0;
        for (byte b : bytes(count)) {
            value = (value << 8) | (b & 0xff);
        }
        return value;
    }

    /**
     * A u64 amount; above {@code Long.MAX_VALUE} (more than any supply) the operation is not
     * accepted here, where the reference would reject it for lack of balance.
     */
    public long amount() throws MalformedOperationException {
        long value = unsignedBigEndian(8);
        if (value < 0) {
            throw new MalformedOperationException("amount " + Long.toUnsignedString(value) + " exceeds 2^63-1");
        }
        return value;
    }

    /** The rest of the body as text, one character per byte (names are ASCII; anything else fails their syntax). */
    public String restAsText() {
        String text = new String(body, position, body.length - position, StandardCharsets.ISO_8859_1);
        position = body.length;
        return text;
    }

    public static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    /** Text with NUL bytes removed from its end (the padding of fixed-width name fields). */
    public static String stripTrailingNuls(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
    }
}
