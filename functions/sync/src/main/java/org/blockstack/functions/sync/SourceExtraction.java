package org.blockstack.functions.sync;

import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.ExtractedBlock;
import org.blockstack.functions.core.bns.wire.SpentOutputUnavailableException;
import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceSpentOutputs;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;

/**
 * Extracting a block from the source: the hash the source announces for the height, the raw
 * block checked against it ({@link ChainBlock}: header hash, merkle root, no truncation), its
 * BNS candidates found by the raw scanner, and the outputs they spend fetched by txid. Safe to
 * call from several threads.
 */
public final class SourceExtraction {
    private final BlockSource source;
    private final BnsExtractor extractor;

    public SourceExtraction(BlockSource source, BnsExtractor extractor) {
        this.source = source;
        this.extractor = extractor;
    }

    public ExtractedBlock extract(int height) throws BlockSourceException, InvalidBlockException {
        String hash = source.blockHash(height);
        ChainBlock block = ChainBlock.parse(height, hash, source.rawBlock(hash));
        try {
            return extractor.extract(block, new BlockSourceSpentOutputs(source));
        } catch (SpentOutputUnavailableException e) {
            throw BlockSourceException.transientFailure("block " + hash + " at height " + height + ": "
                    + e.getMessage(), e);
        }
    }
}
