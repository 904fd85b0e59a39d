package org.blockstack.functions.infra.aws.dynamodb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.infra.aws.events.BnsEvent;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * The write-ahead log that makes sync crash-safe and reorg-safe with single-item writes only.
 *
 * <p>A block's state changes are first logged here (one item per change, with the item's image
 * before and after, and one item per event), then the block record is written (which marks the
 * log complete), then the changes are applied, then the events published. Whatever write a crash
 * interrupts, the next run can finish the block from the log (re-applying after-images is
 * idempotent, and the logged events are published again) or take it back (writing before-images
 * restores the exact previous state).
 *
 * <p>Writes go in batches of up to 25 ({@code BatchWriteItem}). That is safe because a block's
 * changes touch distinct items, so their order within the block does not matter, and the block
 * record, written after the whole log, is what says the log is complete.
 */
public final class ChangeLog {
    /** {@code BatchWriteItem} takes at most 25 requests. */
    static final int BATCH = 25;
    private static final int MAX_BATCH_ATTEMPTS = 8;

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

    /**
     * Logs a block's changes (seq 0, 1, ...) and events (seq -1, -2, ...). The partition must hold
     * nothing else: the caller clears leftovers of an interrupted run first ({@link #forget(int)}).
     */
    public void record(int height, List<ItemChange> changes, List<BnsEvent> events) {
        String table = names.of(ChangeItem.TABLE);
        List<PendingWrite> writes = new ArrayList<>();
        for (int seq = 0; seq < changes.size(); seq++) {
            ItemChange change = changes.get(seq);
            ChangeItem item = new ChangeItem();
            item.setHeight(height);
            item.setSeq(seq);
            item.setTable(change.table());
            item.setKey(change.key());
            change.before().ifPresent(item::setBefore);
            change.after().ifPresent(item::setAfter);
            writes.add(PendingWrite.put(table, ChangeItem.SCHEMA.itemToMap(item, true)));
        }
        for (int i = 0; i < events.size(); i++) {
            ChangeItem item = new ChangeItem();
            item.setHeight(height);
            item.setSeq(-1 - i);
            item.setEvent(events.get(i).detailJson());
            writes.add(PendingWrite.put(table, ChangeItem.SCHEMA.itemToMap(item, true)));
        }
        writeInBatches(writes, "log changes and events", height);
    }

    /** The changes logged for {@code height}, in the order they were made. */
    public List<ItemChange> changes(int height) {
        List<ItemChange> changes = new ArrayList<>();
        log.query(QueryConditional.sortGreaterThanOrEqualTo(key(height, 0)))
                .items()
                .forEach(item -> changes.add(new ItemChange(item.getTable(), item.getKey(),
                        Optional.ofNullable(item.getBefore()), Optional.ofNullable(item.getAfter()))));
        return changes;
    }

    /** The events logged for {@code height}, in the order they were published. */
    public List<BnsEvent> events(int height) {
        List<BnsEvent> events = new ArrayList<>();
        // descending key order is seq -1, -2, ...: publication order
        log.query(request -> request.queryConditional(QueryConditional.sortLessThan(key(height, 0)))
                        .scanIndexForward(false))
                .items()
                .forEach(item -> events.add(BnsEvent.fromDetailJson(item.getEvent())));
        return events;
    }

    /** Writes every after-image (or deletes). */
    public void apply(int height, List<ItemChange> changes) {
        List<PendingWrite> writes = new ArrayList<>();
        changes.forEach(change -> writes.add(write(change.table(), change.key(), change.after())));
        writeInBatches(writes, "apply changes", height);
    }

    /** Writes every before-image (or deletes). */
    public void undo(int height, List<ItemChange> changes) {
        List<PendingWrite> writes = new ArrayList<>();
        changes.forEach(change -> writes.add(write(change.table(), change.key(), change.before())));
        writeInBatches(writes, "undo changes", height);
    }

    /** Deletes whatever is logged for {@code height} (one query, then the deletes). */
    public void forget(int height) {
        List<PendingWrite> deletes = new ArrayList<>();
        log.query(QueryConditional.keyEqualTo(Key.builder().partitionValue(height).build())).items()
                .forEach(item -> deletes.add(delete(height, item.getSeq())));
        writeInBatches(deletes, "forget changes and events", height);
    }

    /** Deletes the log of a complete block whose record says how many changes and events it logged (no query). */
    public void forget(int height, int changeCount, int eventCount) {
        List<PendingWrite> deletes = new ArrayList<>();
        for (int seq = -eventCount; seq < changeCount; seq++) {
            deletes.add(delete(height, seq));
        }
        writeInBatches(deletes, "forget changes and events", height);
    }

    private PendingWrite delete(int height, int seq) {
        return PendingWrite.delete(names.of(ChangeItem.TABLE),
                Map.of("height", AttributeValue.fromN(Integer.toString(height)),
                        "seq", AttributeValue.fromN(Integer.toString(seq))));
    }

    private PendingWrite write(String table, Map<String, AttributeValue> key, Optional<Map<String, AttributeValue>> image) {
        String physical = names.of(table);
        return image.map(item -> PendingWrite.put(physical, item)).orElseGet(() -> PendingWrite.delete(physical, key));
    }

    private static Key key(int height, int seq) {
        return Key.builder().partitionValue(height).sortValue(seq).build();
    }

    /** One put or delete of a batch, with the table it goes to. */
    private record PendingWrite(String table, WriteRequest request) {
        static PendingWrite put(String table, Map<String, AttributeValue> item) {
            return new PendingWrite(table, WriteRequest.builder().putRequest(PutRequest.builder().item(item).build())
                    .build());
        }

        static PendingWrite delete(String table, Map<String, AttributeValue> key) {
            return new PendingWrite(table, WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key).build())
                    .build());
        }
    }

    /**
     * Sends the writes 25 at a time, each batch after the hook; what DynamoDB leaves unprocessed
     * (throttling) is sent again with a growing pause.
     */
    private void writeInBatches(List<PendingWrite> writes, String what, int height) {
        for (int start = 0; start < writes.size(); start += BATCH) {
            int end = Math.min(start + BATCH, writes.size());
            hook.beforeWrite(what + " " + start + "-" + (end - 1) + " of block " + height);
            Map<String, List<WriteRequest>> batch = new HashMap<>();
            writes.subList(start, end).forEach(w -> batch.computeIfAbsent(w.table(), t -> new ArrayList<>())
                    .add(w.request()));
            for (int attempt = 1; !batch.isEmpty(); attempt++) {
                if (attempt > MAX_BATCH_ATTEMPTS) {
                    throw new IllegalStateException("DynamoDB left writes unprocessed " + MAX_BATCH_ATTEMPTS
                            + " times in a row (" + what + " of block " + height + "): the tables are throttled");
                }
                if (attempt > 1) {
                    pause(attempt);
                }
                Map<String, List<WriteRequest>> request = Map.copyOf(batch);
                BatchWriteItemResponse response = client.batchWriteItem(b -> b.requestItems(request));
                batch.clear();
                if (response.hasUnprocessedItems()) {
                    batch.putAll(response.unprocessedItems());
                }
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Math.min(1_000L, 10L << attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying unprocessed writes", e);
        }
    }
}
