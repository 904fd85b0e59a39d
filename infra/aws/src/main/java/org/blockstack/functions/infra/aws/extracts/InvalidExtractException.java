package org.blockstack.functions.infra.aws.extracts;

/** A stored chunk that is not what its key says (another format, chain or range) or not readable. */
public class InvalidExtractException extends Exception {
    public InvalidExtractException(String message) {
        super(message);
    }

    public InvalidExtractException(String message, Throwable cause) {
        super(message, cause);
    }
}
