package org.blockstack.functions.infra.aws.bitcoin;

/** The block source is unreachable, answered an error, or answered something that is not what was asked. */
public class BlockSourceException extends Exception {
    public BlockSourceException(String message) {
        super(message);
    }

    public BlockSourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
