package org.blockstack.functions.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.aws.WarmUp;
import org.blockstack.functions.infra.aws.dynamodb.ChangeItem;
import org.blockstack.functions.infra.aws.dynamodb.SyncStateRepository;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.bns.DynamoBnsState;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/**
 * Every sync run starts by reading its checkpoint: read while the function starts, it builds the
 * DynamoDB client and opens its connection. The BNS index's table handles are built too (their
 * schemas are a few hundred generated accessor classes). Nothing is written; the run reads the
 * checkpoint again. The block source has its own warm-up ({@link BlockSourceWarmUp}), run beside this one.
 */
@ApplicationScoped
public class SyncWarmUp implements WarmUp {
    @Inject
    SyncStateRepository state;
    @Inject
    DynamoDbEnhancedClient dynamoDb;
    @Inject
    TableNames tables;

    @Override
    public void run() {
        state.checkpoint();
        new DynamoBnsState(dynamoDb, tables);
        ChangeItem.SCHEMA.itemType();
    }
}
