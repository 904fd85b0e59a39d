package org.blockstack.functions.infra.aws.dynamodb;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Expression;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.DeleteItemEnhancedRequest;
import software.amazon.awssdk.enhanced.dynamodb.model.PutItemEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Mutual exclusion for sync across invocations and instances: one conditional single-item write
 * takes the lease when it is free or expired; renewal and release succeed only for its owner.
 * A crashed holder blocks others only until its lease expires.
 */
public final class SyncLease {
    private final DynamoDbTable<LeaseItem> table;
    private final Clock clock;

    public SyncLease(DynamoDbEnhancedClient client, TableNames names, Clock clock) {
        this.table = client.table(names.of(CheckpointItem.TABLE), LeaseItem.SCHEMA);
        this.clock = clock;
    }

    /** Takes the lease for {@code owner} until now + {@code duration}; empty when someone else holds it. */
    public Optional<LeaseItem> tryAcquire(String owner, Duration duration) {
        long now = clock.millis();
        LeaseItem lease = lease(owner, now, now + duration.toMillis());
        Expression freeOrExpired = Expression.builder()
                .expression("attribute_not_exists(#id) OR #expires < :now OR #owner = :owner")
                .putExpressionName("#id", "id")
                .putExpressionName("#expires", "expiresAtMillis")
                .putExpressionName("#owner", "owner")
                .putExpressionValue(":now", AttributeValue.fromN(Long.toString(now)))
                .putExpressionValue(":owner", AttributeValue.fromS(owner))
                .build();
        try {
            table.putItem(PutItemEnhancedRequest.builder(LeaseItem.class).item(lease)
                    .conditionExpression(freeOrExpired).build());
            return Optional.of(lease);
        } catch (ConditionalCheckFailedException held) {
            return Optional.empty();
        }
    }

    /** The current holder, if any (expired or not). */
    public Optional<LeaseItem> current() {
        return Optional.ofNullable(table.getItem(Key.builder().partitionValue(LeaseItem.ID).build()));
    }

    /** Gives the lease up if {@code owner} still holds it; a lease taken over after expiry is left alone. */
    public void release(String owner) {
        Expression ownedByMe = Expression.builder()
                .expression("#owner = :owner")
                .putExpressionName("#owner", "owner")
                .putExpressionValue(":owner", AttributeValue.fromS(owner))
                .build();
        try {
            table.deleteItem(DeleteItemEnhancedRequest.builder()
                    .key(Key.builder().partitionValue(LeaseItem.ID).build())
                    .conditionExpression(ownedByMe)
                    .build());
        } catch (ConditionalCheckFailedException notMine) {
            // it expired and another invocation took it: theirs to release
        }
    }

    private static LeaseItem lease(String owner, long now, long expires) {
        LeaseItem lease = new LeaseItem();
        lease.setOwner(owner);
        lease.setAcquiredAtMillis(now);
        lease.setExpiresAtMillis(expires);
        return lease;
    }
}
