package org.blockstack.functions.infra.aws.dynamodb;

import java.util.OptionalLong;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.GetItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Gaia revocation timestamps in DynamoDB. Reads are strongly consistent and nothing is cached,
 * so a revocation written by one function instance holds at once on every other; writes only
 * ever raise the timestamp, atomically, however requests interleave.
 */
public final class RevocationRepository {
    private static final String ADDRESS = "#address";
    private static final String TIMESTAMP = "#timestamp";
    private static final String NEW_TIMESTAMP = ":timestamp";

    private final DynamoDbTable<RevocationItem> table;

    public RevocationRepository(DynamoDbEnhancedClient client, TableNames names) {
        this.table = client.table(names.of(RevocationItem.TABLE), RevocationItem.SCHEMA);
    }

    /** The bucket's timestamp (0 = checked, none), or empty when the bucket has no item yet. */
    public OptionalLong find(String address) {
        RevocationItem item = table.getItem(GetItemEnhancedRequest.builder()
                .key(key(address)).consistentRead(true).build());
        return item == null || item.getOldestValidTimestamp() == null ? OptionalLong.empty()
                : OptionalLong.of(item.getOldestValidTimestamp());
    }

    /** Sets the timestamp to {@code seconds} unless it is already at least that; returns the stored value. */
    public long raise(String address, long seconds) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(RevocationItem.class)
                    .item(item(address, seconds))
                    .conditionExpression(Expression.builder()
                            .expression("attribute_not_exists(" + ADDRESS + ") OR " + TIMESTAMP + " < " + NEW_TIMESTAMP)
                            .putExpressionName(ADDRESS, RevocationItem.ADDRESS)
                            .putExpressionName(TIMESTAMP, RevocationItem.OLDEST_VALID_TIMESTAMP)
                            .putExpressionValue(NEW_TIMESTAMP, AttributeValue.fromN(Long.toString(seconds)))
                            .build())
                    .build());
            return seconds;
        } catch (ConditionalCheckFailedException alreadyLater) {
            return find(address).orElse(seconds);
        }
    }

    /**
     * Records a timestamp for a bucket that has no item yet (e.g. one carried over from a
     * reference hub's bucket). Returns the value now stored, which a concurrent writer may have set.
     */
    public long createIfAbsent(String address, long seconds) {
        try {
            table.putItem(PutItemEnhancedRequest.builder(RevocationItem.class)
                    .item(item(address, seconds))
                    .conditionExpression(Expression.builder()
                            .expression("attribute_not_exists(" + ADDRESS + ")")
                            .putExpressionName(ADDRESS, RevocationItem.ADDRESS)
                            .build())
                    .build());
            return seconds;
        } catch (ConditionalCheckFailedException existing) {
            return find(address).orElse(seconds);
        }
    }

    private static RevocationItem item(String address, long seconds) {
        RevocationItem item = new RevocationItem();
        item.setAddress(address);
        item.setOldestValidTimestamp(seconds);
        item.setUpdatedAtMillis(System.currentTimeMillis());
        return item;
    }

    private static Key key(String address) {
        return Key.builder().partitionValue(address).build();
    }
}
