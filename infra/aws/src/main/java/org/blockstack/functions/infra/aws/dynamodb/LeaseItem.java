package org.blockstack.functions.infra.aws.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The sync lease: who may apply blocks now, and until when. Table {@code sync-state}, key
 * {@code id} = {@value #ID}. Written only with conditions, so two invocations never both hold it.
 */
public final class LeaseItem {
    public static final String ID = "lease";

    public static final TableSchema<LeaseItem> SCHEMA = StaticTableSchema.builder(LeaseItem.class)
            .newItemSupplier(LeaseItem::new)
            .addAttribute(String.class, a -> a.name("id").getter(LeaseItem::getId).setter(LeaseItem::setId)
                    .tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("owner").getter(LeaseItem::getOwner).setter(LeaseItem::setOwner))
            .addAttribute(Long.class, a -> a.name("acquiredAtMillis").getter(LeaseItem::getAcquiredAtMillis)
                    .setter(LeaseItem::setAcquiredAtMillis))
            .addAttribute(Long.class, a -> a.name("expiresAtMillis").getter(LeaseItem::getExpiresAtMillis)
                    .setter(LeaseItem::setExpiresAtMillis))
            .build();

    private String id = ID;
    private String owner;
    private Long acquiredAtMillis;
    private Long expiresAtMillis;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Long getAcquiredAtMillis() {
        return acquiredAtMillis;
    }

    public void setAcquiredAtMillis(Long acquiredAtMillis) {
        this.acquiredAtMillis = acquiredAtMillis;
    }

    public Long getExpiresAtMillis() {
        return expiresAtMillis;
    }

    public void setExpiresAtMillis(Long expiresAtMillis) {
        this.expiresAtMillis = expiresAtMillis;
    }
}
