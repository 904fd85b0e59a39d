package org.blockstack.functions.infra.aws.dynamodb;

import java.util.Optional;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/** Reads and writes the sync checkpoint and the per-block records. */
public final class SyncStateRepository {
    private final DynamoDbTable<CheckpointItem> checkpoints;
    private final DynamoDbTable<BlockItem> blocks;

    public SyncStateRepository(DynamoDbEnhancedClient client, TableNames names) {
        this.checkpoints = client.table(names.of(CheckpointItem.TABLE), CheckpointItem.SCHEMA);
        this.blocks = client.table(names.of(BlockItem.TABLE), BlockItem.SCHEMA);
    }

    public Optional<CheckpointItem> checkpoint() {
        return Optional.ofNullable(checkpoints.getItem(Key.builder().partitionValue(CheckpointItem.ID).build()));
    }

    public void saveCheckpoint(CheckpointItem checkpoint) {
        checkpoint.setId(CheckpointItem.ID);
        checkpoints.putItem(checkpoint);
    }

    public Optional<BlockItem> block(int height) {
        return Optional.ofNullable(blocks.getItem(Key.builder().partitionValue(height).build()));
    }

    public void saveBlock(BlockItem block) {
        blocks.putItem(block);
    }

    public void deleteBlock(int height) {
        blocks.deleteItem(Key.builder().partitionValue(height).build());
    }
}
