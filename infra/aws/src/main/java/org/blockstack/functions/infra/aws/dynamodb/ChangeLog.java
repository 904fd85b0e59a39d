package org.blockstack.functions.infra.aws.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The write-ahead log that makes sync crash-safe and reorg-safe with single-item writes only.
 *
 * <p>A block's state changes are first logged here (one item per change, with the item's image
 * before and after), then the block record is written (which marks the log complete), then the
 * changes are applied, then the checkpoint moves. Whatever write a crash interrupts, the next run
 * can finish the block from the log (re-applying after-images is idempotent) or take it back
 * (writing before-images in reverse order restores the exact previous state).
 */
public final class ChangeLog {
    private final DynamoDbTable<ChangeItem> log;
    private final DynamoDbClient client;
    private final TableNames names;
    private final WriteHook hook;

    /** Called before every write sync makes; tests inject crashes through it. */
    @FunctionalInterface
    public interface WriteHook {
        WriteHook NONE = what -> { };

        void beforeWrite(String what);
    }

    public ChangeLog(DynamoDbEnhancedClient enhanced, DynamoDbClient client, TableNames names, WriteHook hook) {
        this.log = enhanced.table(names.of(ChangeItem.TABLE), ChangeItem.SCHEMA);
        this.client = client;
        this.names = names;
        this.hook = hook;
    }

    /** Replaces whatever is logged for {@code height} (leftovers of an interrupted run) with {@code changes}. */
    public void record(int height, List<ItemChange> changes) {
        forget(height);
        for (int seq = 0; seq < changes.size(); seq++) {
            ItemChange change = changes.get(seq);
            ChangeItem item = new ChangeItem();
            item.setHeight(height);
            item.setSeq(seq);
            item.setTable(change.table());
            item.setKey(change.key());
            change.before().ifPresent(item::setBefore);
            change.after().ifPresent(item::setAfter);
            hook.beforeWrite("log change " + seq + " of block " + height);
            log.putItem(item);
        }
    }

    /** The changes logged for {@code height}, in the order they apply. */
    public List<ItemChange> changes(int height) {
        List<ItemChange> changes = new ArrayList<>();
        log.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(height).build()))
                .items()
                .forEach(item -> changes.add(new ItemChange(item.getTable(), item.getKey(),
                        Optional.ofNullable(item.getBefore()), Optional.ofNullable(item.getAfter()))));
        return changes;
    }

    /** Writes every after-image (or deletes), in order. */
    public void apply(int height, List<ItemChange> changes) {
        for (int i = 0; i < changes.size(); i++) {
            ItemChange change = changes.get(i);
            hook.beforeWrite("apply change " + i + " of block " + height);
            write(change.table(), change.key(), change.after());
        }
    }

    /** Writes every before-image (or deletes), in reverse order. */
    public void undo(int height, List<ItemChange> changes) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            ItemChange change = changes.get(i);
            hook.beforeWrite("undo change " + i + " of block " + height);
            write(change.table(), change.key(), change.before());
        }
    }

    /** Deletes the log of {@code height}. */
    public void forget(int height) {
        for (ChangeItem item : log.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(height).build()))
                .items()) {
            hook.beforeWrite("forget change " + item.getSeq() + " of block " + height);
            log.deleteItem(item);
        }
    }

    private void write(String table, Map<String, AttributeValue> key, Optional<Map<String, AttributeValue>> image) {
        String physical = names.of(table);
        if (image.isPresent()) {
            client.putItem(request -> request.tableName(physical).item(image.get()));
        } else {
            client.deleteItem(request -> request.tableName(physical).key(key));
        }
    }
}
