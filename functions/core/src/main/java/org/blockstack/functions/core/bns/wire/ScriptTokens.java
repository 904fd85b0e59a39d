package org.blockstack.functions.core.bns.wire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scripts split into tokens the way the reference (virtualchain's {@code btc_script_deserialize})
 * splits them, which is more lenient than Bitcoin: a push that runs past the end of the script
 * yields the bytes that are there instead of failing. Pushes (opcodes 1–78) carry data; every
 * other opcode, including {@code OP_0}, carries none.
 */
public final class ScriptTokens {
    public static final int OP_RETURN = 0x6a;
    private static final int OP_PUSHDATA4 = 78;

    /** One token: its opcode and, for pushes, the pushed bytes (possibly fewer than announced). */
    public record Token(int opcode, byte[] data) {
        public boolean isPush() {
            return data != null;
        }
    }

    private ScriptTokens() {
    }

    public static List<Token> parse(byte[] script) {
        return parse(script, 0, script.length);
    }

    public static List<Token> parse(byte[] bytes, int offset, int length) {
        List<Token> tokens = new ArrayList<>();
        int end = offset + length;
        int pos = offset;
        while (pos < end) {
            int code = bytes[pos] & 0xff;
            if (code >= 1 && code <= OP_PUSHDATA4) {
                int sizeBytes = code <= 75 ? 0 : 1 << (code - 76);
                long size = code <= 75 ? code : littleEndian(bytes, pos + 1, Math.min(sizeBytes, end - pos - 1));
                int dataStart = pos + 1 + sizeBytes;
                long dataEnd = Math.min((long) dataStart + size, end);
                byte[] data = dataStart >= end ? new byte[0] : Arrays.copyOfRange(bytes, dataStart, (int) dataEnd);
                tokens.add(new Token(code, data));
                long next = (long) dataStart + size;
                pos = next >= end ? end : (int) next;
            } else {
                tokens.add(new Token(code, null));
                pos++;
            }
        }
        return tokens;
    }

    private static long littleEndian(byte[] bytes, int start, int count) {
        long value = 0;
        for (int i = count - 1; i >= 0; i--) {
            value = (value << 8) | (bytes[start + i] & 0xff);
        }
        return value;
    }

    /**
     * The payload of an {@code OP_RETURN} output script, when the script is exactly
     * {@code OP_RETURN <one push>}; null when it is bare, has a non-push after it, or more tokens.
     */
    public static byte[] opReturnPayload(byte[] bytes, int offset, int length) {
        if (length < 2 || (bytes[offset] & 0xff) != OP_RETURN) {
            return null;
        }
        List<Token> tokens = parse(bytes, offset, length);
        if (tokens.size() != 2 || !tokens.get(1).isPush()) {
            return null;
        }
        return tokens.get(1).data();
    }
}
