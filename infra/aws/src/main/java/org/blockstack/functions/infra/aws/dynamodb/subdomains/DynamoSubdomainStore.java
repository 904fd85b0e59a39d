package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.bns.subdomains.SubdomainRecord;
import org.blockstack.functions.core.bns.subdomains.SubdomainRules;
import org.blockstack.functions.core.bns.subdomains.SubdomainStore;
import org.blockstack.functions.core.bns.subdomains.SubdomainStore.Stored;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
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
 * only ever added (a conditional put that leaves an existing record alone), and every judgement
 * is written with the number of records it saw, conditionally, so a judgement made from fewer
 * records never overwrites one made from more (decision I10-6).
 */
public final class DynamoSubdomainStore implements SubdomainStore {
    private final DynamoDbClient client;
    private final DynamoDbTable<SubdomainRecordItem> records;
    private final DynamoDbTable<SubdomainItem> subdomains;
    private final String recordsTable;

    public DynamoSubdomainStore(DynamoDbClient client, DynamoDbEnhancedClient enhanced, TableNames names) {
        this.client = client;
        this.recordsTable = names.of(SubdomainRecordItem.TABLE);
        this.records = enhanced.table(recordsTable, SubdomainRecordItem.SCHEMA);
        this.subdomains = enhanced.table(names.of(SubdomainItem.TABLE), SubdomainItem.SCHEMA);
    }

    @Override
    public void addRecords(List<SubdomainRecord> added) {
        for (SubdomainRecord record : added) {
            try {
                records.putItem(PutItemEnhancedRequest.builder(SubdomainRecordItem.class)
                        .item(SubdomainItems.recordItem(record))
                        .conditionExpression(Expression.builder().expression("attribute_not_exists(#fqn)")
                                .putExpressionName("#fqn", SubdomainRecordItem.FQN).build())
                        .build());
            } catch (ConditionalCheckFailedException alreadyThere) {
                // the same zone file indexed again: the stored record and its judgement stay
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
                        Boolean.TRUE.equals(item.getAccepted()), item.getBasis() == null ? 0 : item.getBasis())));
        return found;
    }

    @Override
    public void saveOutcome(String fqn, SubdomainRules.Outcome outcome, int basis,
            List<SubdomainRules.Judged> changed) {
        for (SubdomainRules.Judged judged : changed) {
            saveJudgement(judged, basis);
        }
        if (outcome.current().isEmpty()) {
            // a subdomain never stops existing when records are added, so there is nothing to remove
            return;
        }
        try {
            subdomains.putItem(PutItemEnhancedRequest.builder(SubdomainItem.class)
                    .item(SubdomainItems.subdomainItem(outcome.current().get(), outcome.creation().orElseThrow(),
                            basis))
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
                            "position", AttributeValue.fromS(judged.record().carrier().position())))
                    .updateExpression("SET #accepted = :accepted, #basis = :basis")
                    .conditionExpression("attribute_exists(#fqn) AND #basis <= :basis")
                    .expressionAttributeNames(Map.of("#accepted", SubdomainRecordItem.ACCEPTED,
                            "#basis", SubdomainRecordItem.BASIS, "#fqn", SubdomainRecordItem.FQN))
                    .expressionAttributeValues(Map.of(":accepted",
                            AttributeValue.fromBool(judged.accepted()),
                            ":basis", AttributeValue.fromN(Integer.toString(basis))))
                    .build());
        } catch (ConditionalCheckFailedException newerJudgement) {
            // a judgement from more records has been written
        }
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
