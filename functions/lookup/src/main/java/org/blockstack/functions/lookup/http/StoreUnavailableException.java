package org.blockstack.functions.lookup.http;

/** DynamoDB or S3 failed or timed out: the answer is 503, with what failed (read-api §3.4). */
public final class StoreUnavailableException extends RuntimeException {
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
