package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.bns.subdomains.SubdomainRecord;
import org.blockstack.functions.core.bns.subdomains.SubdomainRules;
import org.blockstack.functions.core.bns.subdomains.SubdomainStore;
import org.blockstack.functions.core.bns.subdomains.SubdomainStore.Stored;
import org.blockstack.functions.core.bns.subdomains.ZoneFileAnnouncement;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The subdomain indexer's store in DynamoDB ({@code subdomain-records}, {@code subdomains};
 * docs/data-model.md). Several function instances may index zone files at once: records are
 * never deleted: added by a conditional put, orphaned and revived by writes conditional on what
 * was read, each change raising the record's {@code generation}. Every judgement is written with
 * the sum of the generations it saw, conditionally, so a judgement of an earlier state never
 * overwrites one of a later state (decisions I10-6, I10-13).
 */
public final class DynamoSubdomainStore implements SubdomainStore {
    private final DynamoDbClient client;
    private final DynamoDbTable<SubdomainRecordItem> records;
    private final DynamoDbTable<SubdomainItem> subdomains;
    private final String recordsTable;

    private static final String POSITION = "position";
    /** Writes of one record retried after a concurrent change: each retry means another instance made progress. */
    private static final int MAX_ATTEMPTS = 8;

    public DynamoSubdomainStore(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TableNames names) {
        this.client = client;
        this.recordsTable = names.of(SubdomainRecordItem.TABLE);
        this.records = enhanced.table(recordsTable, SubdomainRecordItem.SCHEMA);
        this.subdomains = enhanced.table(names.of(SubdomainItem.TABLE), SubdomainItem.SCHEMA);
    }

    @Override
    public void addRecords(List<SubdomainRecord> added) {
        for (SubdomainRecord record : added) {
            add(record);
        }
    }

    /**
     * Stores a new record, or revives the orphaned record at its place (the operation mined again
     * at the same position, possibly another transaction): each write is conditional on what was
     * read, so a concurrent change makes it read again.
     */
    private void add(SubdomainRecord record) {
        SubdomainRecordItem fresh = SubdomainItems.recordItem(record);
        // the common case, a record never seen: one conditional put, no read
        Expression absent = Expression.builder().expression("attribute_not_exists(#fqn)")
                .putExpressionName("#fqn", SubdomainRecordItem.FQN).build();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            if (putIf(fresh, absent)) {
                return;
            }
            SubdomainRecordItem stored = records.getItem(GetItemEnhancedRequest.builder()
                    .key(key(record.fqn(), record.carrier().position())).consistentRead(true).build());
            if (stored == null) {
                continue;
            }
            if (stored.live()) {
                return; // the same zone file indexed again: the stored record and its judgement stay
            }
            fresh.setGeneration(stored.generationOrFirst() + 1);
            if (putIf(fresh, Expression.builder().expression("#generation = :generation")
                    .putExpressionName("#generation", SubdomainRecordItem.GENERATION)
                    .putExpressionValue(":generation", AttributeValue.fromN(Integer.toString(stored.generationOrFirst())))
                    .build())) {
                return;
            }
            fresh.setGeneration(1); // another instance orphaned or revived it meanwhile: look again
        }
        throw new IllegalStateException("the subdomain record of " + record.fqn() + " at "
                + record.carrier().position() + " kept changing during " + MAX_ATTEMPTS + " attempts to store it");
    }

    private boolean putIf(SubdomainRecordItem item, Expression condition) {
        try {
            records.putItem(PutItemEnhancedRequest.builder(SubdomainRecordItem.class).item(item)
                    .conditionExpression(condition).build());
            return true;
        } catch (ConditionalCheckFailedException changedMeanwhile) {
            return false;
        }
    }

    @Override
    public void orphan(ZoneFileAnnouncement carrier, Collection<String> fqns) {
        for (String fqn : fqns) {
            try {
                client.updateItem(UpdateItemRequest.builder()
                        .tableName(recordsTable)
                        .key(Map.of(SubdomainRecordItem.FQN, AttributeValue.fromS(fqn),
                                POSITION, AttributeValue.fromS(carrier.position())))
                        .updateExpression("SET #orphaned = :true, #accepted = :false, "
                                + "#generation = if_not_exists(#generation, :one) + :one")
                        .conditionExpression("#txid = :txid AND (attribute_not_exists(#orphaned) OR #orphaned = :false)")
                        .expressionAttributeNames(Map.of("#orphaned", SubdomainRecordItem.ORPHANED,
                                "#accepted", SubdomainRecordItem.ACCEPTED,
                                "#generation", SubdomainRecordItem.GENERATION,
                                "#txid", SubdomainRecordItem.TXID))
                        .expressionAttributeValues(Map.of(":true", AttributeValue.fromBool(true),
                                ":false", AttributeValue.fromBool(false),
                                ":one", AttributeValue.fromN("1"),
                                ":txid", AttributeValue.fromS(carrier.txid())))
                        .build());
            } catch (ConditionalCheckFailedException absentOrphanedOrOtherTransaction) {
                // nothing of this carrier is live there
            }
        }
    }

    @Override
    public List<Stored> recordsOf(String fqn) {
        List<Stored> found = new ArrayList<>();
        records.query(QueryEnhancedRequest.builder()
                .queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(fqn).build()))
                .consistentRead(true).build())
                .items().forEach(item -> found.add(new Stored(SubdomainItems.record(item),
                        Boolean.TRUE.equals(item.getAccepted()), item.getBasis() == null ? 0 : item.getBasis(),
                        item.generationOrFirst())));
        return found;
    }

    @Override
    public void saveOutcome(String fqn, SubdomainRules.Outcome outcome, int basis,
            List<SubdomainRules.Judged> changed) {
        for (SubdomainRules.Judged judged : changed) {
            saveJudgement(judged, basis);
        }
        SubdomainItem state;
        if (outcome.current().isPresent()) {
            state = SubdomainItems.subdomainItem(outcome.current().get(), outcome.creation().orElseThrow(), basis);
        } else {
            // no accepted record. Unless a record was ever orphaned (the generations then sum to more
            // than the live records judged), none ever was accepted, and adding records cannot undo
            // an acceptance: nothing to write. Otherwise a tombstone keeps the basis, so a stale
            // judgement that still saw the orphaned record cannot bring the subdomain back.
            if (basis <= outcome.history().size()) {
                return;
            }
            state = new SubdomainItem();
            state.setFqn(fqn);
            state.setBasis(basis);
        }
        try {
            subdomains.putItem(PutItemEnhancedRequest.builder(SubdomainItem.class)
                    .item(state)
                    .conditionExpression(notStale(basis, SubdomainItem.FQN, SubdomainItem.BASIS))
                    .build());
        } catch (ConditionalCheckFailedException newerJudgement) {
            // another instance judged more records already
        }
    }

    private void saveJudgement(SubdomainRules.Judged judged, int basis) {
        try {
            client.updateItem(UpdateItemRequest.builder()
                    .tableName(recordsTable)
                    .key(Map.of(SubdomainRecordItem.FQN, AttributeValue.fromS(judged.record().fqn()),
                            POSITION, AttributeValue.fromS(judged.record().carrier().position())))
                    .updateExpression("SET #accepted = :accepted, #basis = :basis")
                    // an orphaned record's verdict stays "not accepted" whatever a stale judgement says
                    .conditionExpression("attribute_exists(#fqn) AND #basis <= :basis AND "
                            + "(attribute_not_exists(#orphaned) OR #orphaned = :false)")
                    .expressionAttributeNames(Map.of("#accepted", SubdomainRecordItem.ACCEPTED,
                            "#basis", SubdomainRecordItem.BASIS, "#fqn", SubdomainRecordItem.FQN,
                            "#orphaned", SubdomainRecordItem.ORPHANED))
                    .expressionAttributeValues(Map.of(":accepted",
                            AttributeValue.fromBool(judged.accepted()), ":false", AttributeValue.fromBool(false),
                            ":basis", AttributeValue.fromN(Integer.toString(basis))))
                    .build());
        } catch (ConditionalCheckFailedException newerJudgement) {
            // a judgement from more records has been written
        }
    }

    private static Key key(String fqn, String position) {
        return Key.builder().partitionValue(fqn).sortValue(position).build();
    }

    private static Expression notStale(int basis, String keyAttribute, String basisAttribute) {
        return Expression.builder()
                .expression("attribute_not_exists(#key) OR #basis <= :basis")
                .putExpressionName("#key", keyAttribute)
                .putExpressionName("#basis", basisAttribute)
                .putExpressionValue(":basis", AttributeValue.fromN(Integer.toString(basis)))
                .build();
    }
}
