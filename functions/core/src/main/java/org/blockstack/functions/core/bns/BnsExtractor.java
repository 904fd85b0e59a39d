package org.blockstack.functions.core.bns;

import java.util.ArrayList;
import java.util.List;

import org.bitcoinj.core.Block;
import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.bns.operations.BnsOperationParser;
import org.blockstack.functions.core.bns.wire.BnsCandidate;
import org.blockstack.functions.core.bns.wire.RawBlockScanner;
import org.blockstack.functions.core.bns.wire.SpentOutputs;
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

    public NetworkParams params() {
        return params;
    }
}
