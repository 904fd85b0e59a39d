package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.infra.aws.dynamodb.QueryCounts;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbIndex;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.Page;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The read API's questions about subdomains, each one key lookup or one index query (docs/data-model.md). */
public final class SubdomainReadIndex {
    private final DynamoDbClient client;
    private final String subdomainsTable;
    private final DynamoDbTable<SubdomainItem> subdomains;
    private final DynamoDbTable<SubdomainRecordItem> records;

    public SubdomainReadIndex(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TableNames names) {
        this.client = client;
        this.subdomainsTable = names.of(SubdomainItem.TABLE);
        this.subdomains = enhanced.table(subdomainsTable, SubdomainItem.SCHEMA);
        this.records = enhanced.table(names.of(SubdomainRecordItem.TABLE), SubdomainRecordItem.SCHEMA);
    }

    /** The subdomain's current state, if it exists (not if a reorganisation took it back). */
    public Optional<SubdomainItem> find(String fqn) {
        return Optional.ofNullable(subdomains.getItem(Key.builder().partitionValue(fqn).build()))
                .filter(SubdomainItem::exists);
    }

    /** The subdomains of {@code parent}, by name. */
    public List<String> ofParent(String parent) {
        return names(subdomains.index(SubdomainItem.BY_PARENT), parent);
    }

    /** The subdomains whose current owner is {@code ownerKey} ({@link SubdomainItems#ownerKey}), by name. */
    public List<String> ownedBy(String ownerKey) {
        return names(subdomains.index(SubdomainItem.BY_OWNER), ownerKey);
    }

    private static List<String> names(DynamoDbIndex<SubdomainItem> index, String partition) {
        List<String> names = new ArrayList<>();
        for (Page<SubdomainItem> page : index.query(QueryConditional.keyEqualTo(Key.builder()
                .partitionValue(partition).build()))) {
            page.items().forEach(item -> names.add(item.getFqn()));
        }
        return names;
    }

    /** {@code count} subdomain names from {@code offset}, in order of creation. */
    public List<String> page(long offset, int count) {
        List<String> names = new ArrayList<>();
        long skipped = 0;
        Iterator<Page<SubdomainItem>> pages = subdomains.index(SubdomainItem.ALL_SUBDOMAINS)
                .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(SubdomainItem.LISTING).build()))
                .iterator();
        while (pages.hasNext() && names.size() < count) {
            for (SubdomainItem item : pages.next().items()) {
                if (skipped < offset) {
                    skipped++;
                } else if (names.size() < count) {
                    names.add(item.getFqn());
                }
            }
        }
        return names;
    }

    /** How many subdomains exist. */
    public long count() {
        return countQuery(SubdomainItem.ALL_SUBDOMAINS, "listing = :listing",
                Map.of(":listing", AttributeValue.fromS(SubdomainItem.LISTING)));
    }

    /**
     * How many subdomains the same owner created before this one: the index in the subdomain's
     * DID (read-api §5.1.2, C5 {@code get_subdomain_DID_info}).
     */
    public long creationsBefore(SubdomainItem subdomain) {
        return countQuery(SubdomainItem.BY_CREATOR, "creatorKey = :creator AND created < :created",
                Map.of(":creator", AttributeValue.fromS(subdomain.getCreatorKey()),
                        ":created", AttributeValue.fromS(subdomain.getCreated())));
    }

    /**
     * The {@code index}-th subdomain (from 0) that {@code creatorKey} created, in order of creation:
     * what a subdomain DID names (C5 {@code get_DID_subdomain}).
     */
    public Optional<SubdomainItem> createdBy(String creatorKey, long index) {
        long skipped = 0;
        for (Page<SubdomainItem> page : subdomains.index(SubdomainItem.BY_CREATOR)
                .query(QueryConditional.keyEqualTo(Key.builder().partitionValue(creatorKey).build()))) {
            for (SubdomainItem item : page.items()) {
                if (skipped++ == index) {
                    return Optional.of(item);
                }
            }
        }
        return Optional.empty();
    }

    private long countQuery(String index, String condition, Map<String, AttributeValue> values) {
        return QueryCounts.count(client, QueryRequest.builder().tableName(subdomainsTable).indexName(index)
                .keyConditionExpression(condition).expressionAttributeValues(values).build());
    }

    /** Every live record of the subdomain, accepted or not, in chain order (none a reorganisation took back). */
    public List<SubdomainRecordItem> records(String fqn) {
        List<SubdomainRecordItem> found = new ArrayList<>();
        records.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(fqn).build()))
                .items().forEach(item -> {
                    if (item.live()) {
                        found.add(item);
                    }
                });
        return found;
    }

    /**
     * Every live record the zone file of transaction {@code txid} carried, in file order; records of
     * it at a position a reorganisation took back are left out.
     */
    public List<SubdomainRecordItem> inTransaction(String txid) {
        List<SubdomainRecordItem> found = new ArrayList<>();
        for (SubdomainRecordItem item : carriedBy(records, txid)) {
            if (item.live()) {
                found.add(item);
            }
        }
        return found;
    }

    /** Every record, live or orphaned, that transaction {@code txid}'s zone file carried (eventually consistent). */
    static List<SubdomainRecordItem> carriedBy(DynamoDbTable<SubdomainRecordItem> records, String txid) {
        List<SubdomainRecordItem> found = new ArrayList<>();
        records.index(SubdomainRecordItem.BY_TXID).query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(txid).build())).build())
                .forEach(page -> found.addAll(page.items()));
        return found;
    }
}
