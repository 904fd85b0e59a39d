package org.blockstack.functions.infra.aws.dynamodb.bns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.blockstack.functions.core.bns.state.BnsStateView;
import org.blockstack.functions.core.bns.state.ImportKeyring;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.ScanEnhancedRequest;

/**
 * The BNS state as DynamoDB holds it, read the way the rules read it: key lookups, one index
 * query per list, and a scan only for namespaces (there are a handful). Strongly consistent reads
 * on tables; index reads are eventually consistent, which is safe because sync is the only
 * writer and reads only after its writes of earlier blocks completed.
 */
public final class DynamoBnsState implements BnsStateView {
    private final DynamoDbTable<NameItem> names;
    private final DynamoDbTable<NamespaceItem> namespaces;
    private final DynamoDbTable<PreorderItem> preorders;
    private final DynamoDbTable<KeyringItem> keyrings;
    private final DynamoDbTable<BlockItem> blocks;
    /** Consensus hashes read or written during this view's life: each block's rules read up to eight. */
    private final Map<Integer, String> consensusHashes = new ConcurrentHashMap<>();

    public DynamoBnsState(DynamoDbEnhancedClient client, TableNames tables) {
        this.names = client.table(tables.of(NameItem.TABLE), NameItem.SCHEMA);
        this.namespaces = client.table(tables.of(NamespaceItem.TABLE), NamespaceItem.SCHEMA);
        this.preorders = client.table(tables.of(PreorderItem.TABLE), PreorderItem.SCHEMA);
        this.keyrings = client.table(tables.of(KeyringItem.TABLE), KeyringItem.SCHEMA);
        this.blocks = client.table(tables.of(BlockItem.TABLE), BlockItem.SCHEMA);
    }

    @Override
    public Optional<NameRecord> name(String fqn) {
        return Optional.ofNullable(names.getItem(r -> r.key(key(fqn)).consistentRead(true))).map(BnsItems::toRecord);
    }

    @Override
    public Optional<NamespaceRecord> namespace(String namespaceId) {
        return Optional.ofNullable(namespaces.getItem(r -> r.key(key(namespaceId)).consistentRead(true)))
                .map(BnsItems::toRecord);
    }

    @Override
    public Optional<PreorderRecord> preorder(String preorderHash) {
        return Optional.ofNullable(preorders.getItem(r -> r.key(key(preorderHash)).consistentRead(true)))
                .map(BnsItems::toRecord);
    }

    @Override
    public Optional<ImportKeyring> importKeyring(String namespaceId) {
        return Optional.ofNullable(keyrings.getItem(r -> r.key(key(namespaceId)).consistentRead(true)))
                .map(BnsItems::toRecord);
    }

    @Override
    public List<NameRecord> namesOwnedBy(String ownerScript) {
        return namesFromIndex(NameItem.BY_SENDER, ownerScript);
    }

    @Override
    public List<NameRecord> namesByHash128(String nameHash128) {
        return namesFromIndex(NameItem.BY_NAME_HASH128, nameHash128);
    }

    @Override
    public List<NameRecord> namesByPreorderHash(String preorderHash) {
        return namesFromIndex(NameItem.BY_PREORDER_HASH, preorderHash);
    }

    @Override
    public List<NamespaceRecord> namespacesByPreorderHash(String preorderHash) {
        List<NamespaceRecord> found = new ArrayList<>();
        namespaces.scan(ScanEnhancedRequest.builder().consistentRead(true).build()).items().forEach(item -> {
            if (preorderHash.equals(item.getPreorderHash())) {
                found.add(BnsItems.toRecord(item));
            }
        });
        return found;
    }

    @Override
    public Optional<String> consensusHash(int height) {
        String known = consensusHashes.get(height);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> stored = Optional.ofNullable(blocks.getItem(r -> r.key(Key.builder().partitionValue(height)
                .build()).consistentRead(true))).map(BlockItem::getConsensusHash);
        stored.ifPresent(hash -> consensusHashes.put(height, hash));
        return stored;
    }

    /** The block at {@code height} is being applied with this consensus hash. */
    public void blockApplied(int height, String consensusHash) {
        consensusHashes.put(height, consensusHash);
    }

    /** The block at {@code height} was taken back: its consensus hash no longer exists. */
    public void blockTakenBack(int height) {
        consensusHashes.remove(height);
    }

    private List<NameRecord> namesFromIndex(String indexName, String value) {
        DynamoDbIndex<NameItem> index = names.index(indexName);
        List<NameRecord> found = new ArrayList<>();
        index.query(QueryConditional.keyEqualTo(key(value))).forEach(page -> page.items()
                .forEach(item -> found.add(BnsItems.toRecord(item))));
        return found;
    }

    private static Key key(String value) {
        return Key.builder().partitionValue(value).build();
    }
}
