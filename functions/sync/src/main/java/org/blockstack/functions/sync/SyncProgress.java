package org.blockstack.functions.sync;

import org.jboss.logging.Logger;

/** Logs where a long catch-up is, how fast it goes and when it will be done, every few seconds. */
final class SyncProgress {
    private static final Logger LOG = Logger.getLogger(SyncProgress.class);
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final int firstHeight;
    private final int targetHeight;
    private final long startedNanos = System.nanoTime();
    private long lastLogNanos = startedNanos;

    SyncProgress(int firstHeight, int targetHeight) {
        this.firstHeight = firstHeight;
        this.targetHeight = targetHeight;
    }

    void applied(int height) {
        long now = System.nanoTime();
        if (now - lastLogNanos < INTERVAL_NANOS) {
            return;
        }
        lastLogNanos = now;
        double seconds = (now - startedNanos) / 1e9;
        double blocksPerSecond = (height - firstHeight + 1) / seconds;
        long etaSeconds = blocksPerSecond > 0 ? Math.round((targetHeight - height) / blocksPerSecond) : -1;
        LOG.infof("sync progress: height %d of %d, %.1f blocks/s, ETA %d s", height, targetHeight, blocksPerSecond,
                etaSeconds);
    }
}
