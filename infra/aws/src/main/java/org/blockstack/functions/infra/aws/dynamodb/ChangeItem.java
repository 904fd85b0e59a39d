package org.blockstack.functions.infra.aws.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;

import java.util.Map;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One logged change of a block: table {@code block-changes}, key {@code height} + {@code seq}.
 * {@code before} absent means the item did not exist; {@code after} absent means it is deleted.
 * The block's events are logged in the same partition with negative {@code seq} (-1, -2, ...),
 * their EventBridge detail JSON in {@code event}, so a run that finishes an interrupted block
 * can publish them.
 */
public final class ChangeItem {
    public static final String TABLE = "block-changes";
    private static final EnhancedType<Map<String, AttributeValue>> IMAGE =
            EnhancedType.mapOf(String.class, AttributeValue.class);

    public static final TableSchema<ChangeItem> SCHEMA = StaticTableSchema.builder(ChangeItem.class)
            .newItemSupplier(ChangeItem::new)
            .addAttribute(Integer.class, a -> a.name("height").getter(ChangeItem::getHeight)
                    .setter(ChangeItem::setHeight).tags(primaryPartitionKey()))
            .addAttribute(Integer.class, a -> a.name("seq").getter(ChangeItem::getSeq)
                    .setter(ChangeItem::setSeq).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name("table").getter(ChangeItem::getTable).setter(ChangeItem::setTable))
            .addAttribute(IMAGE, a -> a.name("key").getter(ChangeItem::getKey).setter(ChangeItem::setKey)
                    .attributeConverter(ItemImages.CONVERTER))
            .addAttribute(IMAGE, a -> a.name("before").getter(ChangeItem::getBefore).setter(ChangeItem::setBefore)
                    .attributeConverter(ItemImages.CONVERTER))
            .addAttribute(IMAGE, a -> a.name("after").getter(ChangeItem::getAfter).setter(ChangeItem::setAfter)
                    .attributeConverter(ItemImages.CONVERTER))
            .addAttribute(String.class, a -> a.name("event").getter(ChangeItem::getEvent).setter(ChangeItem::setEvent))
            .build();

    private Integer height;
    private Integer seq;
    private String table;
    private Map<String, AttributeValue> key;
    private Map<String, AttributeValue> before;
    private Map<String, AttributeValue> after;
    private String event;

    public Integer getHeight() {
        return height;
    }

    public void setHeight(Integer height) {
        this.height = height;
    }

    public Integer getSeq() {
        return seq;
    }

    public void setSeq(Integer seq) {
        this.seq = seq;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public Map<String, AttributeValue> getKey() {
        return key;
    }

    public void setKey(Map<String, AttributeValue> key) {
        this.key = key;
    }

    public Map<String, AttributeValue> getBefore() {
        return before;
    }

    public void setBefore(Map<String, AttributeValue> before) {
        this.before = before;
    }

    public Map<String, AttributeValue> getAfter() {
        return after;
    }

    public void setAfter(Map<String, AttributeValue> after) {
        this.after = after;
    }

    /** On event rows: the event's EventBridge detail JSON. */
    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }
}
