package org.blockstack.functions.infra.aws.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * How far catch-up extraction has been requested: sync has asked extract invocations for every
 * chunk up to {@code requestedThrough}, last at {@code requestedAtMillis}. Table
 * {@code sync-state}, key {@code id} = {@value #ID}. Keeps successive sync runs from asking for
 * the same chunks again.
 */
public final class FanOutItem {
    public static final String ID = "fan-out";

    public static final TableSchema<FanOutItem> SCHEMA = StaticTableSchema.builder(FanOutItem.class)
            .newItemSupplier(FanOutItem::new)
            .addAttribute(String.class, a -> a.name("id").getter(FanOutItem::getId).setter(FanOutItem::setId)
                    .tags(primaryPartitionKey()))
            .addAttribute(Integer.class, a -> a.name("requestedThrough").getter(FanOutItem::getRequestedThrough)
                    .setter(FanOutItem::setRequestedThrough))
            .addAttribute(Long.class, a -> a.name("requestedAtMillis").getter(FanOutItem::getRequestedAtMillis)
                    .setter(FanOutItem::setRequestedAtMillis))
            .build();

    private String id = ID;
    private Integer requestedThrough;
    private Long requestedAtMillis;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The last height whose chunk extraction was requested. */
    public Integer getRequestedThrough() {
        return requestedThrough;
    }

    public void setRequestedThrough(Integer requestedThrough) {
        this.requestedThrough = requestedThrough;
    }

    public Long getRequestedAtMillis() {
        return requestedAtMillis;
    }

    public void setRequestedAtMillis(Long requestedAtMillis) {
        this.requestedAtMillis = requestedAtMillis;
    }
}
