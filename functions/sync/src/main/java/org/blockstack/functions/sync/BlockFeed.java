package org.blockstack.functions.sync;

import java.util.Optional;

import org.blockstack.functions.core.bns.ExtractedBlock;
import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;

/**
 * Where sync gets the block at a height, ready to apply: from a stored extract when there is one
 * on the source's chain, else from the source itself. Called from the fetch threads.
 */
final class BlockFeed {
    private final ExtractedChunks extracts;
    private final SourceExtraction source;
    private final BlockProcessor processor;

    BlockFeed(ExtractedChunks extracts, SourceExtraction source, BlockProcessor processor) {
        this.extracts = extracts;
        this.source = source;
        this.processor = processor;
    }

    FetchedBlock fetch(int height) throws BlockSourceException, InvalidBlockException {
        Optional<ExtractedBlock> stored = extracts.block(height);
        ExtractedBlock block = stored.isPresent() ? stored.get() : source.extract(height);
        return new FetchedBlock(block.header(), processor.operations(block), stored.isPresent());
    }
}
