package org.blockstack.functions.infra.aws.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.ReadBatch;

/** Reads and writes the sync checkpoint, the per-block records and the fan-out progress. */
public final class SyncStateRepository {
    /** {@code BatchGetItem} takes at most 100 keys. */
    private static final int BATCH_GET = 100;

    private final DynamoDbEnhancedClient client;
    private final DynamoDbTable<CheckpointItem> checkpoints;
    private final DynamoDbTable<FanOutItem> fanOut;
    private final DynamoDbTable<BlockItem> blocks;

    public SyncStateRepository(DynamoDbEnhancedClient client, TableNames names) {
        this.client = client;
        this.checkpoints = client.table(names.of(CheckpointItem.TABLE), CheckpointItem.SCHEMA);
        this.fanOut = client.table(names.of(CheckpointItem.TABLE), FanOutItem.SCHEMA);
        this.blocks = client.table(names.of(BlockItem.TABLE), BlockItem.SCHEMA);
    }

    public Optional<CheckpointItem> checkpoint() {
        return Optional.ofNullable(checkpoints.getItem(r -> r.key(key(CheckpointItem.ID)).consistentRead(true)));
    }

    public void saveCheckpoint(CheckpointItem checkpoint) {
        checkpoint.setId(CheckpointItem.ID);
        checkpoints.putItem(checkpoint);
    }

    public Optional<FanOutItem> fanOut() {
        return Optional.ofNullable(fanOut.getItem(r -> r.key(key(FanOutItem.ID)).consistentRead(true)));
    }

    public void saveFanOut(FanOutItem item) {
        item.setId(FanOutItem.ID);
        fanOut.putItem(item);
    }

    public Optional<BlockItem> block(int height) {
        return Optional.ofNullable(blocks.getItem(r -> r.key(Key.builder().partitionValue(height).build())
                .consistentRead(true)));
    }

    /** The records of the given heights that exist, in any order, 100 per request. */
    public List<BlockItem> blocks(List<Integer> heights) {
        List<BlockItem> found = new ArrayList<>();
        for (int start = 0; start < heights.size(); start += BATCH_GET) {
            ReadBatch.Builder<BlockItem> batch = ReadBatch.builder(BlockItem.class).mappedTableResource(blocks);
            heights.subList(start, Math.min(start + BATCH_GET, heights.size()))
                    .forEach(height -> batch.addGetItem(r -> r.key(Key.builder().partitionValue(height).build())
                            .consistentRead(true)));
            ReadBatch request = batch.build();
            // keys DynamoDB leaves unprocessed are asked for again by the SDK paginator behind the pages
            client.batchGetItem(r -> r.readBatches(request)).resultsForTable(blocks).forEach(found::add);
        }
        return found;
    }

    public void saveBlock(BlockItem block) {
        blocks.putItem(block);
    }

    public void deleteBlock(int height) {
        blocks.deleteItem(Key.builder().partitionValue(height).build());
    }

    private static Key key(String id) {
        return Key.builder().partitionValue(id).build();
    }
}
