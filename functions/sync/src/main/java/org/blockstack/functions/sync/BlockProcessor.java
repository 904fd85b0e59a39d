package org.blockstack.functions.sync;

import java.util.List;

import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.infra.aws.dynamodb.ItemChange;
import org.blockstack.functions.infra.aws.events.BnsEvent;

/**
 * Turns a block into the item changes it causes, reading the index as it stands after the
 * previous block. It must not write: the indexer logs the changes before applying them.
 */
public interface BlockProcessor {
    /** What a block does to the index, and the events it publishes. */
    record Outcome(List<ItemChange> changes, List<BnsEvent> events) {
        public static final Outcome NOTHING = new Outcome(List.of(), List.of());
    }

    Outcome process(ChainBlock block);
}
