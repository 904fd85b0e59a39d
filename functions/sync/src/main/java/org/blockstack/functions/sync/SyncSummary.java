package org.blockstack.functions.sync;

/**
 * What one sync invocation did. {@code status}: {@code ok} (it ran; it may have stopped early at
 * its time budget or block limit, see {@code stoppedBy}), {@code lease-held} (another invocation
 * is syncing; nothing was done) or {@code error} (it stopped at the failure described in
 * {@code error}; everything up to {@code lastHeight} is complete, the checkpoint says so).
 * {@code extractedBlocks} of the {@code blocks} came from stored catch-up extracts;
 * {@code extractChunksRequested} chunks were handed to extract invocations by this run.
 */
public record SyncSummary(
        String status,
        int firstHeight,
        int lastHeight,
        int blocks,
        int tipHeight,
        long durationMillis,
        String stoppedBy,
        String error,
        int extractedBlocks,
        int extractChunksRequested) {

    public static final String OK = "ok";
    public static final String LEASE_HELD = "lease-held";
    public static final String ERROR = "error";

    public boolean failed() {
        return ERROR.equals(status);
    }

    public boolean leaseHeld() {
        return LEASE_HELD.equals(status);
    }
}
