package org.blockstack.functions.sync;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;

/**
 * A fixed number of daemon threads reading blocks from the source, for the sync run's prefetcher and
 * the extract function: a fetch that failed is rethrown as the source or block failure it was.
 * Close it to stop its threads.
 */
final class FetchPool implements AutoCloseable {
    /** One block fetch: the source may fail, or serve a block that does not parse. */
    @FunctionalInterface
    interface Fetch<T> {
        T call() throws BlockSourceException, InvalidBlockException;
    }

    private final ExecutorService pool;

    FetchPool(String threadName, int threads) {
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> Future<T> submit(Fetch<T> fetch) {
        Callable<T> task = fetch::call;
        return pool.submit(task);
    }

    /** The fetch's result; {@code what} names it in the messages of failures that are neither kind. */
    static <T> T await(Future<T> fetch, String what) throws BlockSourceException, InvalidBlockException {
        try {
            return fetch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BlockSourceException("interrupted while " + what, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BlockSourceException source) {
                throw source;
            }
            if (e.getCause() instanceof InvalidBlockException invalid) {
                throw invalid;
            }
            throw new IllegalStateException(what + " failed unexpectedly", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
