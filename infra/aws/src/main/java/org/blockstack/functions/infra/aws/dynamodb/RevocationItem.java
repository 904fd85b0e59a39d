package org.blockstack.functions.infra.aws.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A Gaia bucket's revocation timestamp (gaia-hub §7): v1 tokens issued before
 * {@code oldestValidTimestamp} (seconds) no longer authorise anything. Table
 * {@code gaia-revocations}, key {@code address}. An item with timestamp 0 records that the bucket
 * was checked and has none.
 */
public final class RevocationItem {
    public static final String TABLE = "gaia-revocations";
    static final String ADDRESS = "address";
    static final String OLDEST_VALID_TIMESTAMP = "oldestValidTimestamp";

    public static final TableSchema<RevocationItem> SCHEMA = StaticTableSchema.builder(RevocationItem.class)
            .newItemSupplier(RevocationItem::new)
            .addAttribute(String.class, a -> a.name(ADDRESS).getter(RevocationItem::getAddress)
                    .setter(RevocationItem::setAddress).tags(primaryPartitionKey()))
            .addAttribute(Long.class, a -> a.name(OLDEST_VALID_TIMESTAMP).getter(RevocationItem::getOldestValidTimestamp)
                    .setter(RevocationItem::setOldestValidTimestamp))
            .addAttribute(Long.class, a -> a.name("updatedAtMillis").getter(RevocationItem::getUpdatedAtMillis)
                    .setter(RevocationItem::setUpdatedAtMillis))
            .build();

    private String address;
    private Long oldestValidTimestamp;
    private Long updatedAtMillis;

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public Long getOldestValidTimestamp() {
        return oldestValidTimestamp;
    }

    public void setOldestValidTimestamp(Long oldestValidTimestamp) {
        this.oldestValidTimestamp = oldestValidTimestamp;
    }

    public Long getUpdatedAtMillis() {
        return updatedAtMillis;
    }

    public void setUpdatedAtMillis(Long updatedAtMillis) {
        this.updatedAtMillis = updatedAtMillis;
    }
}
