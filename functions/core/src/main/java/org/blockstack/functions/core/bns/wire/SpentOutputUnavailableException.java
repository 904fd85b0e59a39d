package org.blockstack.functions.core.bns.wire;

/** A spent output that the lookup cannot provide; processing the block must stop and be retried. */
public class SpentOutputUnavailableException extends RuntimeException {
    public SpentOutputUnavailableException(String message) {
        super(message);
    }

    public SpentOutputUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
