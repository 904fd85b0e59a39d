package org.blockstack.functions.sync;

import java.util.List;

import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;
import org.blockstack.functions.infra.aws.dynamodb.ItemChange;
import org.blockstack.functions.infra.aws.events.BnsEvent;

/**
 * What sync does with a block, in two stages. {@link #extract} reads what the block carries (it
 * may ask the block source for the outputs its operations spend) and runs on several threads,
 * ahead of time; {@link #process} applies the rules against the index as it stands after the
 * previous block, in height order, and must not write: the indexer logs its changes first.
 */
public interface BlockProcessor {
    /** What a block does to the index, and the events it publishes. */
    record Outcome(List<ItemChange> changes, List<BnsEvent> events, String consensusHash, int operationCount) {
        public Outcome {
            changes = List.copyOf(changes);
            events = List.copyOf(events);
        }
    }

    List<BnsOperation> extract(ChainBlock block) throws BlockSourceException;

    Outcome process(ChainBlock block, List<BnsOperation> operations);

    /** The block at {@code height} was taken back (a reorg): forget anything remembered about it. */
    void blockTakenBack(int height);
}
