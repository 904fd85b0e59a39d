package org.blockstack.functions.sync;

import org.blockstack.functions.infra.aws.dynamodb.FanOutItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.jboss.logging.Logger;

/**
 * Catch-up at scale: when the index is far behind, sync hands the chunks ahead of it to extract
 * invocations (each a few chunks, run in parallel by Lambda), and then applies their stored
 * extracts instead of reading those blocks itself. Applying is cheap, reading blocks is not.
 *
 * <p>Each run asks only for chunks beyond those an earlier run asked for (the {@code fan-out}
 * item of {@code sync-state} remembers how far), up to {@code aheadBlocks} above the index and
 * never above the last confirmed block; the chunk the index is in is left to this run itself.
 * A chunk whose extraction failed for good is simply read from the source when sync gets there.
 */
final class ExtractFanOut implements SyncEngine.CatchUp {
    private static final Logger LOG = Logger.getLogger(ExtractFanOut.class);

    /** How a fan-out is shaped (README: SYNC_FANOUT_*, SYNC_EXTRACT_CHUNK_BLOCKS). */
    record Plan(int minBlocks, int aheadBlocks, int chunkBlocks, int chunksPerInvocation) {
    }

    /** Hands the range {@code fromHeight..toHeight} to one extract invocation; false if that was refused. */
    @FunctionalInterface
    interface Invoker {
        boolean extract(int fromHeight, int toHeight);
    }

    private final SyncStateRepository state;
    private final Plan plan;
    private final Invoker invoker;

    ExtractFanOut(SyncStateRepository state, Plan plan, Invoker invoker) {
        this.state = state;
        this.plan = plan;
        this.invoker = invoker;
    }

    @Override
    public int behind(int appliedHeight, int lastConfirmedHeight) {
        if (lastConfirmedHeight - appliedHeight < plan.minBlocks()) {
            return 0;
        }
        int size = plan.chunkBlocks();
        int next = appliedHeight + 1;
        int from = next - Math.floorMod(next, size) + size;
        int requestedThrough = state.fanOut().map(FanOutItem::getRequestedThrough).orElse(-1);
        if (requestedThrough >= from) {
            from = requestedThrough + 1;
        }
        int horizon = Math.min(lastConfirmedHeight, appliedHeight + plan.aheadBlocks());
        // only whole chunks: the last one must end at or below the horizon
        int through = (horizon + 1) / size * size - 1;
        if (through < from) {
            return 0;
        }
        int perInvocation = size * plan.chunksPerInvocation();
        int requested = 0;
        int handedOutThrough = from - 1;
        for (int start = from; start <= through; start += perInvocation) {
            int end = Math.min(start + perInvocation - 1, through);
            if (!invoker.extract(start, end)) {
                break;
            }
            requested += (end - start + 1) / size;
            handedOutThrough = end;
        }
        if (handedOutThrough >= from) {
            FanOutItem item = new FanOutItem();
            item.setRequestedThrough(handedOutThrough);
            item.setRequestedAtMillis(System.currentTimeMillis());
            state.saveFanOut(item);
            LOG.infof("catch-up: %d blocks behind, asked extract invocations for chunks %d..%d (%d chunks)",
                    lastConfirmedHeight - appliedHeight, from, handedOutThrough, requested);
        }
        return requested;
    }
}
