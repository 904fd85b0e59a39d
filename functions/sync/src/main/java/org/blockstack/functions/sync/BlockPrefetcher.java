package org.blockstack.functions.sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Future;

import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;

/**
 * Fetches the blocks of a height range and extracts their BNS operations on several threads, a
 * bounded window ahead of the sequential apply, and hands them out in height order. Reading
 * blocks (and the outputs their operations spend) is the slow part of sync; applying the rules is
 * cheap. The window holds two blocks per thread: enough to keep every thread busy while the apply
 * takes one, and at most a few megabytes per thread of mainnet blocks in memory.
 */
final class BlockPrefetcher implements AutoCloseable {
    private final BlockFeed feed;
    private final FetchPool pool;
    private final Deque<Future<FetchedBlock>> window = new ArrayDeque<>();
    private final int windowSize;
    private final int lastHeight;
    private int nextToSubmit;

    BlockPrefetcher(BlockFeed feed, int firstHeight, int lastHeight, int threads) {
        this.feed = feed;
        this.lastHeight = lastHeight;
        this.nextToSubmit = firstHeight;
        this.windowSize = Math.max(1, threads) * 2;
        this.pool = new FetchPool("sync-fetch", threads);
        fill();
    }

    /** The next block in height order, with its operations extracted. */
    FetchedBlock next() throws BlockSourceException, InvalidBlockException {
        Future<FetchedBlock> head = window.pollFirst();
        if (head == null) {
            throw new IllegalStateException("no block left to fetch after height " + lastHeight);
        }
        fill();
        return FetchPool.await(head, "fetching blocks");
    }

    private void fill() {
        while (window.size() < windowSize && nextToSubmit <= lastHeight) {
            int height = nextToSubmit++;
            window.addLast(pool.submit(() -> feed.fetch(height)));
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
