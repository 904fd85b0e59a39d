package org.blockstack.functions.sync;

/** Thrown out of the Lambda entry point so a failed run counts as a Lambda error (alarms see it). */
public class SyncFailedException extends RuntimeException {
    public SyncFailedException(String message) {
        super(message);
    }
}
