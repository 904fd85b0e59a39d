package org.blockstack.functions.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.blockstack.functions.core.bns.ExtractedBlock;
import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;

/**
 * Extracts a range of blocks from the source on a fixed number of threads and returns them in
 * height order: what the extract function does per chunk. Close it to stop its threads.
 */
public final class ChunkExtractor implements AutoCloseable {
    private final SourceExtraction extraction;
    private final ExecutorService pool;

    public ChunkExtractor(SourceExtraction extraction, int threads) {
        this.extraction = extraction;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "extract-fetch");
            thread.setDaemon(true);
            return thread;
        });
    }

    public List<ExtractedBlock> extract(int firstHeight, int lastHeight) throws BlockSourceException, InvalidBlockException {
        List<Future<ExtractedBlock>> pending = new ArrayList<>();
        for (int height = firstHeight; height <= lastHeight; height++) {
            int h = height;
            pending.add(pool.submit(() -> extraction.extract(h)));
        }
        List<ExtractedBlock> blocks = new ArrayList<>();
        try {
            for (Future<ExtractedBlock> block : pending) {
                blocks.add(block.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BlockSourceException("interrupted while extracting blocks " + firstHeight + ".." + lastHeight, e);
        } catch (ExecutionException e) {
            pending.forEach(block -> block.cancel(true));
            if (e.getCause() instanceof BlockSourceException failure) {
                throw failure;
            }
            if (e.getCause() instanceof InvalidBlockException invalid) {
                throw invalid;
            }
            throw new IllegalStateException("extracting blocks " + firstHeight + ".." + lastHeight
                    + " failed unexpectedly", e.getCause());
        }
        return blocks;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
