package org.blockstack.functions.sync;

import java.util.Locale;
import java.util.Map;

import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Where a catch-up is, how fast it goes and when it will be done: a line every ten seconds while a
 * run applies blocks, and one when it ends. The figures are also log fields ({@code height},
 * {@code targetHeight}, {@code blocksPerSecond}, {@code etaSeconds}, {@code extractedBlocks}),
 * which the JSON logs on AWS carry under {@code mdc}, for CloudWatch Logs Insights queries.
 */
final class SyncProgress {
    private static final Logger LOG = Logger.getLogger(SyncProgress.class);
    private static final long INTERVAL_NANOS = 10_000_000_000L;

    private final int firstHeight;
    private final int targetHeight;
    private final long startedNanos = System.nanoTime();
    private long lastLogNanos = startedNanos;

    /** @param targetHeight the last block with enough confirmations: where catching up ends, across runs */
    SyncProgress(int firstHeight, int targetHeight) {
        this.firstHeight = firstHeight;
        this.targetHeight = targetHeight;
    }

    void applied(int height, int extractedBlocks) {
        long now = System.nanoTime();
        if (now - lastLogNanos < INTERVAL_NANOS) {
            return;
        }
        lastLogNanos = now;
        log("sync progress", height, extractedBlocks, now);
    }

    /** The run ended at {@code height}; nothing is logged when it applied nothing. */
    void finished(int height, int extractedBlocks) {
        if (height >= firstHeight) {
            log("synced blocks", height, extractedBlocks, System.nanoTime());
        }
    }

    private void log(String what, int height, int extractedBlocks, long now) {
        double seconds = Math.max((now - startedNanos) / 1e9, 1e-3);
        double blocksPerSecond = (height - firstHeight + 1) / seconds;
        long etaSeconds = blocksPerSecond > 0 ? Math.round((targetHeight - height) / blocksPerSecond) : -1;
        Map<String, Object> fields = Map.of(
                "height", height,
                "targetHeight", targetHeight,
                "blocksPerSecond", String.format(Locale.ROOT, "%.1f", blocksPerSecond),
                "etaSeconds", etaSeconds,
                "extractedBlocks", extractedBlocks);
        fields.forEach(MDC::put);
        try {
            LOG.infof("%s: height %d of %d, %.1f blocks/s, ETA %d s, %d blocks from extracts", what, height,
                    targetHeight, blocksPerSecond, etaSeconds, extractedBlocks);
        } finally {
            fields.keySet().forEach(MDC::remove);
        }
    }
}
