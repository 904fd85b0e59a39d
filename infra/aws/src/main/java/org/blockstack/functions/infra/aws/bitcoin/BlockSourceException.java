package org.blockstack.functions.infra.aws.bitcoin;

/**
 * The block source is unreachable, answered an error, or answered something that is not what was
 * asked. {@link #isTransient()} says whether asking again may help (the source is down, timed out
 * or overloaded) or not (it answered, and the answer is wrong or an error).
 */
public class BlockSourceException extends Exception {
    private final boolean transientFailure;

    public BlockSourceException(String message) {
        this(message, false, null);
    }

    public BlockSourceException(String message, Throwable cause) {
        this(message, false, cause);
    }

    public BlockSourceException(String message, boolean transientFailure, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
    }

    public static BlockSourceException transientFailure(String message, Throwable cause) {
        return new BlockSourceException(message, true, cause);
    }

    public boolean isTransient() {
        return transientFailure;
    }
}
