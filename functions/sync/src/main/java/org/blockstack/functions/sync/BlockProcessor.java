package org.blockstack.functions.sync;

import java.util.List;

import org.blockstack.functions.core.bns.ExtractedBlock;
import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.chain.BlockHeader;
import org.blockstack.functions.infra.aws.dynamodb.ItemChange;
import org.blockstack.functions.infra.aws.events.BnsEvent;

/**
 * What sync does with a block once it is extracted ({@link SourceExtraction}, or a stored
 * extract): {@link #operations} parses it, on the fetch threads ahead of time; {@link #process}
 * applies the rules against the index as it stands after the previous block, in height order,
 * and must not write: the indexer logs its changes first.
 */
public interface BlockProcessor {
    /** What a block does to the index, and the events it publishes (one per accepted operation). */
    record Outcome(List<ItemChange> changes, List<BnsEvent> events, String consensusHash) {
        public Outcome {
            changes = List.copyOf(changes);
            events = List.copyOf(events);
        }

        public int operationCount() {
            return events.size();
        }
    }

    List<BnsOperation> operations(ExtractedBlock block);

    Outcome process(BlockHeader block, List<BnsOperation> operations);

    /**
     * The index now holds the blocks up to {@code height} and nothing above (a run starts, or a
     * block was taken back): forget anything remembered about later ones.
     */
    void startAfter(int height);
}
