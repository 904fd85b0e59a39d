package org.blockstack.functions.core.bns;

import java.util.List;

import org.blockstack.functions.core.bns.wire.BnsCandidate;
import org.blockstack.functions.core.bns.wire.KnownSpentOutputs;
import org.blockstack.functions.core.chain.BlockHeader;

/**
 * What a block contributes to BNS, complete enough to parse its operations without the block
 * source: the header, the candidate transactions, and every output their inputs spend. Sync's
 * fetch stage makes one from a verified block; catch-up extraction stores them in bulk (issue 5).
 * Candidates are kept as transactions rather than parsed operations, so a later parser reads them
 * with its own rules.
 */
public record ExtractedBlock(BlockHeader header, List<BnsCandidate> candidates, KnownSpentOutputs spentOutputs) {
    public ExtractedBlock {
        candidates = List.copyOf(candidates);
    }
}
