package org.blockstack.functions.core.chain;

/** Raw bytes that are not the block they claim to be (truncated, garbage, or the wrong hash). */
public class InvalidBlockException extends Exception {
    public InvalidBlockException(String message) {
        super(message);
    }

    public InvalidBlockException(String message, Throwable cause) {
        super(message, cause);
    }
}
