package org.blockstack.functions.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.bns.AcceptedOperation;
import org.blockstack.functions.core.bns.BlockResult;
import org.blockstack.functions.core.bns.BnsBlockProcessor;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.SpentOutputUnavailableException;
import org.blockstack.functions.core.chain.ChainBlock;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceException;
import org.blockstack.functions.infra.aws.dynamodb.ItemChange;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsItems;
import org.blockstack.functions.infra.aws.dynamodb.bns.DynamoBnsState;
import org.blockstack.functions.infra.aws.events.BnsEvent;

/**
 * The BNS rules of the core, fed from the block source and the DynamoDB index: extraction scans
 * the block and fetches the outputs its candidates spend; processing runs the state machine on
 * the index and turns its result into item changes and events.
 */
final class BnsBlockProcessing implements BlockProcessor {
    private final BnsExtractor extractor;
    private final BnsBlockProcessor rules;
    private final DynamoBnsState state;
    private final BlockSource source;

    BnsBlockProcessing(BnsExtractor extractor, BnsBlockProcessor rules, DynamoBnsState state, BlockSource source) {
        this.extractor = extractor;
        this.rules = rules;
        this.state = state;
        this.source = source;
    }

    @Override
    public List<BnsOperation> extract(ChainBlock block) throws BlockSourceException {
        try {
            return extractor.extract(block.block(), block.height(), new SourceSpentOutputs(source));
        } catch (SpentOutputUnavailableException e) {
            throw BlockSourceException.transientFailure("block " + block.hash() + " at height " + block.height()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Outcome process(ChainBlock block, List<BnsOperation> operations) {
        BlockResult result = rules.process(state, block.height(), operations);
        List<ItemChange> changes = new ArrayList<>();
        result.changes().forEach(change -> changes.add(BnsItems.itemChange(change)));
        List<BnsEvent> events = new ArrayList<>();
        for (AcceptedOperation operation : result.accepted()) {
            events.add(event(block.height(), operation));
        }
        state.blockApplied(block.height(), result.consensusHash());
        return new Outcome(changes, events, result.consensusHash(), result.accepted().size());
    }

    @Override
    public void blockTakenBack(int height) {
        state.blockTakenBack(height);
    }

    private static BnsEvent event(int height, AcceptedOperation operation) {
        StateValue record = operation.record();
        String namespaceId = null;
        Map<String, Object> detail = new LinkedHashMap<>();
        if (record instanceof NameRecord name) {
            namespaceId = name.namespaceId();
            detail.put("address", name.address());
            detail.put("valueHash", name.valueHash());
        } else if (record instanceof NamespaceRecord namespace) {
            namespaceId = namespace.namespaceId();
            detail.put("address", namespace.address());
        }
        detail.values().removeIf(java.util.Objects::isNull);
        return new BnsEvent(operation.opName(), operation.subject(), namespaceId, height, operation.vtxindex(),
                operation.txid(), detail);
    }
}
