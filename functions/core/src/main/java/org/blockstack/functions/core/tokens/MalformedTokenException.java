package org.blockstack.functions.core.tokens;

/** The token text is not a compact JWT (wrong segment count, bad base64url, or non-JSON parts). */
public class MalformedTokenException extends Exception {
    public MalformedTokenException(String message) {
        super(message);
    }

    public MalformedTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
