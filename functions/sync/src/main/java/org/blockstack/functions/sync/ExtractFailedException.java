package org.blockstack.functions.sync;

/** An extract invocation that failed in a way another attempt may not (Lambda retries it). */
public class ExtractFailedException extends RuntimeException {
    public ExtractFailedException(String message) {
        super(message);
    }
}
