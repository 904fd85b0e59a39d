package org.blockstack.functions.infra.aws.dynamodb.bns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.infra.aws.dynamodb.BlockItem;
import org.blockstack.functions.infra.aws.dynamodb.QueryCounts;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The BNS index as the read API reads it (docs/data-model.md, access patterns): key lookups and
 * one index query per listing. Listings are lazy streams over DynamoDB's pages, so a caller that
 * needs 100 names past an offset reads no further than that. Reads are eventually consistent:
 * sync is the only writer and the API tolerates a block's worth of lag.
 */
public final class BnsReadIndex {
    /** History rows are read 25 at a time: most names have fewer, and a history page shows 20. */
    private static final int HISTORY_PAGE = 25;

    private final DynamoDbClient client;
    private final DynamoDbTable<NameItem> names;
    private final DynamoDbTable<NamespaceItem> namespaces;
    private final DynamoDbTable<PreorderItem> preorders;
    private final DynamoDbTable<HistoryItem> history;
    private final DynamoDbTable<BlockItem> blocks;
    private final String historyTable;

    public BnsReadIndex(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TableNames tables) {
        this.client = client;
        this.names = enhanced.table(tables.of(NameItem.TABLE), NameItem.SCHEMA);
        this.namespaces = enhanced.table(tables.of(NamespaceItem.TABLE), NamespaceItem.SCHEMA);
        this.preorders = enhanced.table(tables.of(PreorderItem.TABLE), PreorderItem.SCHEMA);
        this.history = enhanced.table(tables.of(HistoryItem.TABLE), HistoryItem.SCHEMA);
        this.blocks = enhanced.table(tables.of(BlockItem.TABLE), BlockItem.SCHEMA);
        this.historyTable = tables.of(HistoryItem.TABLE);
    }

    // ---- names and namespaces

    public Optional<NameRecord> name(String fqn) {
        return Optional.ofNullable(names.getItem(key(fqn))).map(BnsItems::toRecord);
    }

    public Optional<NamespaceRecord> namespace(String namespaceId) {
        return Optional.ofNullable(namespaces.getItem(key(namespaceId))).map(BnsItems::toRecord);
    }

    /** Every revealed or ready namespace (a handful: one scan). */
    public List<NamespaceRecord> namespaces() {
        List<NamespaceRecord> all = new ArrayList<>();
        namespaces.scan().items().forEach(item -> all.add(BnsItems.toRecord(item)));
        return all;
    }

    /** Every name record in name order, read page by page as the stream is consumed. */
    public Stream<NameRecord> allNames() {
        return namesFromIndex(NameItem.ALL_NAMES, NameItem.LISTING);
    }

    /** The name records of a namespace in name order. */
    public Stream<NameRecord> namesInNamespace(String namespaceId) {
        return namesFromIndex(NameItem.BY_NAMESPACE, namespaceId);
    }

    /** The name records whose owner script is {@code ownerScript}, in name order. */
    public Stream<NameRecord> namesOwnedBy(String ownerScript) {
        return namesFromIndex(NameItem.BY_SENDER, ownerScript);
    }

    private Stream<NameRecord> namesFromIndex(String indexName, String partition) {
        DynamoDbIndex<NameItem> index = names.index(indexName);
        return index.query(QueryConditional.keyEqualTo(key(partition))).stream()
                .flatMap(page -> page.items().stream())
                .map(BnsItems::toRecord);
    }

    /** The preorders made at {@code height} that no registration or reveal has consumed yet, in block order. */
    public List<PreorderRecord> openPreordersAt(int height) {
        List<PreorderRecord> open = new ArrayList<>();
        preorders.index(PreorderItem.BY_BLOCK).query(QueryConditional.keyEqualTo(Key.builder().partitionValue(height)
                .build())).forEach(page -> page.items().forEach(item -> open.add(BnsItems.toRecord(item))));
        return open;
    }

    // ---- history

    /** A subject's history rows, newest first (descending block, then position in the block). */
    public Stream<HistoryEntry> historyNewestFirst(String subject) {
        return history.query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.keyEqualTo(key(subject)))
                        .scanIndexForward(false)
                        .limit(HISTORY_PAGE)
                        .build())
                .stream().flatMap(page -> page.items().stream()).map(BnsItems::toEntry);
    }

    /** The rows every accepted operation of a block wrote, in block order. */
    public List<HistoryEntry> rowsAtHeight(int height) {
        List<HistoryEntry> rows = new ArrayList<>();
        history.index(HistoryItem.BY_HEIGHT).query(QueryConditional.keyEqualTo(Key.builder().partitionValue(height)
                .build())).forEach(page -> page.items().forEach(item -> rows.add(BnsItems.toEntry(item))));
        return rows;
    }

    /** The rows a transaction wrote (its operation, and a preorder it consumed is stored under its own txid). */
    public List<HistoryEntry> rowsOfTransaction(String txid) {
        List<HistoryEntry> rows = new ArrayList<>();
        history.index(HistoryItem.BY_TXID).query(QueryConditional.keyEqualTo(key(txid)))
                .forEach(page -> page.items().forEach(item -> rows.add(BnsItems.toEntry(item))));
        return rows;
    }

    /** Whether some operation ever set {@code valueHash} as a name's zone file hash. */
    public boolean isAnnouncedValueHash(String valueHash) {
        return history.index(HistoryItem.BY_VALUE_HASH).query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.keyEqualTo(key(valueHash)))
                        .limit(1)
                        .build())
                .stream().anyMatch(page -> !page.items().isEmpty());
    }

    /** Whether {@code fqn} ever had {@code valueHash} as its zone file hash. */
    public boolean hadValueHash(String fqn, String valueHash) {
        return history.index(HistoryItem.BY_VALUE_HASH).query(QueryEnhancedRequest.builder()
                        .queryConditional(QueryConditional.keyEqualTo(key(valueHash)))
                        .filterExpression(Expression.builder().expression("#subject = :subject")
                                .putExpressionName("#subject", "subject")
                                .putExpressionValue(":subject", AttributeValue.fromS(fqn))
                                .build())
                        .build())
                .stream().anyMatch(page -> !page.items().isEmpty());
    }

    /** The latest row that created {@code fqn} (its last registration, or its first import). */
    public Optional<HistoryEntry> lastCreation(String fqn) {
        return historyNewestFirst(fqn).filter(entry -> entry.creatorAddress() != null).findFirst();
    }

    /** How many names {@code creatorAddress} created up to and including {@code position} (one row per creation). */
    public int creationsUpTo(String creatorAddress, int height, int vtxindex) {
        Map<String, AttributeValue> values = Map.of(
                ":creator", AttributeValue.fromS(creatorAddress),
                ":position", AttributeValue.fromS(HistoryItem.position(height, vtxindex)));
        QueryRequest request = QueryRequest.builder()
                .tableName(historyTable)
                .indexName(HistoryItem.BY_CREATOR)
                .keyConditionExpression("creatorAddress = :creator AND #position <= :position")
                .expressionAttributeNames(Map.of("#position", "position"))
                .expressionAttributeValues(values)
                .build();
        return Math.toIntExact(QueryCounts.count(client, request));
    }

    /** The creation rows of {@code creatorAddress} in chain order (a DID's index counts them from 0). */
    public Stream<HistoryEntry> creationsBy(String creatorAddress) {
        return history.index(HistoryItem.BY_CREATOR).query(QueryConditional.keyEqualTo(key(creatorAddress))).stream()
                .flatMap(page -> page.items().stream()).map(BnsItems::toEntry);
    }

    // ---- blocks

    public Optional<BlockItem> block(int height) {
        return Optional.ofNullable(blocks.getItem(Key.builder().partitionValue(height).build()));
    }

    /** The heights whose consensus hash is {@code consensusHash} (one, barring a collision), lowest first. */
    public List<Integer> heightsOfConsensusHash(String consensusHash) {
        List<Integer> heights = new ArrayList<>();
        blocks.index(BlockItem.BY_CONSENSUS_HASH).query(QueryConditional.keyEqualTo(key(consensusHash)))
                .forEach(page -> page.items().forEach(item -> heights.add(item.getHeight())));
        heights.sort(Integer::compare);
        return heights;
    }

    private static Key key(String value) {
        return Key.builder().partitionValue(value).build();
    }
}
