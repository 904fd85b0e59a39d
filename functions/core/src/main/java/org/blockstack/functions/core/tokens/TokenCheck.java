package org.blockstack.functions.core.tokens;

/**
 * The outcome of one rule applied to a token. {@code reason} says what was wrong (or, when the
 * rule held, what was checked), in words a client developer can act on.
 */
public record TokenCheck(String name, boolean ok, String reason) {
    public static TokenCheck pass(String name, String reason) {
        return new TokenCheck(name, true, reason);
    }

    public static TokenCheck fail(String name, String reason) {
        return new TokenCheck(name, false, reason);
    }
}
