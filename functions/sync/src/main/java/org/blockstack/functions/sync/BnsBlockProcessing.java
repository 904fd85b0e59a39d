package org.blockstack.functions.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.blockstack.functions.core.bns.AcceptedOperation;
import org.blockstack.functions.core.bns.BlockResult;
import org.blockstack.functions.core.bns.BnsBlockProcessor;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.ExtractedBlock;
import org.blockstack.functions.core.bns.operations.BnsOperation;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.chain.BlockHeader;
import org.blockstack.functions.infra.aws.dynamodb.ItemChange;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsItems;
import org.blockstack.functions.infra.aws.dynamodb.bns.DynamoBnsState;
import org.blockstack.functions.infra.aws.events.BnsEvent;

/**
 * The BNS rules of the core on the DynamoDB index: parses an extracted block's operations, runs
 * the state machine on the index as the run sees it ({@link RunState}) and turns its result into
 * item changes and events.
 */
final class BnsBlockProcessing implements BlockProcessor {
    private final BnsExtractor extractor;
    private final BnsBlockProcessor rules;
    private final DynamoBnsState store;
    private RunState state;

    BnsBlockProcessing(BnsExtractor extractor, BnsBlockProcessor rules, DynamoBnsState store) {
        this.extractor = extractor;
        this.rules = rules;
        this.store = store;
    }

    @Override
    public List<BnsOperation> operations(ExtractedBlock block) {
        return extractor.operations(block);
    }

    @Override
    public Outcome process(BlockHeader block, List<BnsOperation> operations) {
        if (state == null) {
            throw new IllegalStateException("startAfter must be called before the first block is processed");
        }
        BlockResult result = rules.process(state.view(), block.height(), operations);
        state.applied(block.height(), result.consensusHash(), result.changes());
        List<ItemChange> changes = new ArrayList<>();
        result.changes().forEach(change -> changes.add(BnsItems.itemChange(change)));
        List<BnsEvent> events = new ArrayList<>();
        for (AcceptedOperation operation : result.accepted()) {
            events.add(event(block.height(), operation));
        }
        return new Outcome(changes, events, result.consensusHash());
    }

    @Override
    public void startAfter(int height) {
        state = new RunState(store, height);
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
        detail.values().removeIf(Objects::isNull);
        return new BnsEvent(operation.opName(), operation.subject(), namespaceId, height, operation.vtxindex(),
                operation.txid(), detail);
    }
}
