package org.blockstack.functions.sync;

/**
 * What one sync invocation did. {@code status} is {@code ok} or {@code error}; on error,
 * {@code error} says what failed and the checkpoint stayed where {@code lastHeight} says.
 */
public record SyncSummary(
        String status,
        int firstHeight,
        int lastHeight,
        int blocks,
        int tipHeight,
        long durationMillis,
        String error) {

    public boolean failed() {
        return "error".equals(status);
    }
}
