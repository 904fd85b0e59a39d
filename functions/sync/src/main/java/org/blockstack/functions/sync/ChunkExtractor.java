package org.blockstack.functions.sync;

import java.util.ArrayList;
import java.util.List;
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
    private final FetchPool pool;

    public ChunkExtractor(SourceExtraction extraction, int threads) {
        this.extraction = extraction;
        this.pool = new FetchPool("extract-fetch", threads);
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
                blocks.add(FetchPool.await(block, "extracting blocks " + firstHeight + ".." + lastHeight));
            }
        } catch (BlockSourceException | InvalidBlockException | RuntimeException e) {
            pending.forEach(block -> block.cancel(true));
            throw e;
        }
        return blocks;
    }

    @Override
    public void close() {
        pool.close();
    }
}
