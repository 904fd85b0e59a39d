package org.blockstack.functions.core.bns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.bns.operations.BnsOperationParser;
import org.blockstack.functions.core.bns.wire.BnsCandidate;
import org.blockstack.functions.core.bns.wire.KnownSpentOutputs;
import org.blockstack.functions.core.bns.wire.RawBlockScanner;
import org.blockstack.functions.core.bns.wire.SpentOutputs;
import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.core.chain.InvalidBlockException;

/**
 * Block bytes in, BNS operations out, in two steps a caller can separate: {@link #candidates}
 * (a byte scan; no lookups) and {@link #parse} (needs the outputs the candidates' inputs spend,
 * which sync fetches only for candidates).
 */
public final class BnsExtractor {
    private final NetworkParams params;
    private final RawBlockScanner scanner;
    private final BnsOperationParser parser;

    public BnsExtractor(NetworkParams params) {
        this.params = params;
        this.scanner = new RawBlockScanner(params.magicBytes());
        this.parser = new BnsOperationParser(params);
    }

    public List<BnsCandidate> candidates(byte[] rawBlock) throws InvalidBlockException {
        return scanner.scan(rawBlock);
    }

    public List<BnsCandidate> candidates(Block block) {
        return scanner.scan(block);
    }

    /** The operations among {@code candidates} of the block at {@code height}, in block order. */
    public List<BnsOperation> parse(List<BnsCandidate> candidates, int height, SpentOutputs spentOutputs) {
        List<BnsOperation> operations = new ArrayList<>();
        for (BnsCandidate candidate : candidates) {
            parser.parse(candidate, height, spentOutputs).ifPresent(operations::add);
        }
        return operations;
    }

    public List<BnsOperation> extract(byte[] rawBlock, int height, SpentOutputs spentOutputs)
            throws InvalidBlockException {
        return parse(candidates(rawBlock), height, spentOutputs);
    }

    public List<BnsOperation> extract(Block block, int height, SpentOutputs spentOutputs) {
        return parse(candidates(block), height, spentOutputs);
    }

    /**
     * A verified block's candidates with every output their parsing looks up through
     * {@code spentOutputs}, so that {@link #operations} gives its operations again later, from
     * memory or from storage.
     *
     * @throws org.blockstack.functions.core.bns.wire.SpentOutputUnavailableException when a lookup fails
     */
    public ExtractedBlock extract(ChainBlock block, SpentOutputs spentOutputs) throws InvalidBlockException {
        List<BnsCandidate> candidates = candidates(block.raw());
        KnownSpentOutputs.Recording recording = KnownSpentOutputs.recording(spentOutputs);
        parse(candidates, block.height(), recording);
        return new ExtractedBlock(block.header(), candidates, recording.recorded());
    }

    /** The operations of an extracted block. */
    public List<BnsOperation> operations(ExtractedBlock block) {
        return parse(block.candidates(), block.header().height(), block.spentOutputs());
    }

    /** The transaction at {@code vtxindex} as a candidate (e.g. read back from storage), if it is one. */
    public Optional<BnsCandidate> candidate(int vtxindex, Transaction transaction) {
        return scanner.candidate(vtxindex, transaction);
    }

    public NetworkParams params() {
        return params;
    }
}
