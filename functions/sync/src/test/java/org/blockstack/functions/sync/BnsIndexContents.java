package org.blockstack.functions.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bitcoinj.core.Block;
import org.blockstack.functions.core.bns.BnsBlockProcessor;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.state.InMemoryBnsState;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.TransactionIndex;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsItems;
import org.blockstack.functions.infra.aws.dynamodb.bns.HistoryItem;
import org.blockstack.functions.infra.aws.dynamodb.bns.KeyringItem;
import org.blockstack.functions.infra.aws.dynamodb.bns.NameItem;
import org.blockstack.functions.infra.aws.dynamodb.bns.NamespaceItem;
import org.blockstack.functions.infra.aws.dynamodb.bns.PreorderItem;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The whole BNS index as values, so two indexes can be compared: the one sync wrote to
 * DynamoDB, and the one the core computes by running the chain through its state machine in
 * memory. Values are compared as core records, not as stored bytes.
 */
record BnsIndexContents(Map<String, Set<StateValue>> valuesByTable, Map<Integer, String> consensusHashes) {
    static final List<String> TABLES = List.of(NameItem.TABLE, NamespaceItem.TABLE, PreorderItem.TABLE,
            KeyringItem.TABLE, HistoryItem.TABLE);

    /** What the core computes for blocks up to {@code lastHeight} of {@code chain}. */
    static BnsIndexContents expected(RegtestChain chain, NetworkParams params, int lastHeight) {
        InMemoryBnsState state = new InMemoryBnsState();
        TransactionIndex spentOutputs = new TransactionIndex();
        BnsExtractor extractor = new BnsExtractor(params);
        BnsBlockProcessor rules = new BnsBlockProcessor(params);
        for (int height = 0; height <= lastHeight; height++) {
            Block block = chain.blockAt(height).orElseThrow();
            spentOutputs.addAll(block);
            if (height >= params.firstBlock()) {
                rules.process(state, height, extractor.extract(block, height, spentOutputs)).applyTo(state);
            }
        }
        Map<String, Set<StateValue>> byTable = new TreeMap<>();
        TABLES.forEach(table -> byTable.put(table, new HashSet<>()));
        state.snapshot().items().forEach((key, value) -> byTable.get(BnsItems.table(key)).add(value));
        return new BnsIndexContents(byTable, new TreeMap<>(state.snapshot().consensusHashes()));
    }

    /** What DynamoDB holds, for blocks up to {@code lastHeight}. */
    static BnsIndexContents stored(DynamoDbClient client, TableNames names, int firstHeight, int lastHeight) {
        Map<String, Set<StateValue>> byTable = new TreeMap<>();
        for (String table : TABLES) {
            Set<StateValue> values = new HashSet<>();
            client.scanPaginator(request -> request.tableName(names.of(table)).consistentRead(true)).items()
                    .forEach(item -> values.add(BnsItems.value(table, item).orElseThrow()));
            byTable.put(table, values);
        }
        Map<Integer, String> consensusHashes = new TreeMap<>();
        client.scanPaginator(request -> request.tableName(names.of(BlockItem.TABLE)).consistentRead(true)).items()
                .forEach(item -> {
                    int height = Integer.parseInt(item.get("height").n());
                    if (height >= firstHeight && height <= lastHeight && item.containsKey("consensusHash")) {
                        consensusHashes.put(height, item.get("consensusHash").s());
                    }
                });
        return new BnsIndexContents(byTable, consensusHashes);
    }

    int valueCount() {
        return valuesByTable.values().stream().mapToInt(Set::size).sum();
    }
}
