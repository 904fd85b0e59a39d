package org.blockstack.functions.lookup.http;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where one request's time went: when the function took it, and how long it waited on DynamoDB
 * and S3. The difference is the function's own handler time (the {@code Server-Timing} header).
 */
@RequestScoped
public class RequestTiming {
    private long startNanos = System.nanoTime();
    private long storeNanos;

    public void start() {
        startNanos = System.nanoTime();
        storeNanos = 0;
    }

    void addStore(long nanos) {
        storeNanos += nanos;
    }

    public long elapsedNanos() {
        return System.nanoTime() - startNanos;
    }

    public long storeNanos() {
        return storeNanos;
    }
}
