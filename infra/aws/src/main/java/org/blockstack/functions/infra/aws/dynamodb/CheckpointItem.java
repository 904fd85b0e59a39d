package org.blockstack.functions.infra.aws.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * The sync checkpoint: the last block whose changes are completely written, and the tip the
 * source reported. Table {@code sync-state}, key {@code id} = {@value #ID}.
 */
public final class CheckpointItem {
    public static final String TABLE = "sync-state";
    public static final String ID = "checkpoint";

    public static final TableSchema<CheckpointItem> SCHEMA = StaticTableSchema.builder(CheckpointItem.class)
            .newItemSupplier(CheckpointItem::new)
            .addAttribute(String.class, a -> a.name("id").getter(CheckpointItem::getId).setter(CheckpointItem::setId)
                    .tags(primaryPartitionKey()))
            .addAttribute(Integer.class, a -> a.name("height").getter(CheckpointItem::getHeight)
                    .setter(CheckpointItem::setHeight))
            .addAttribute(String.class, a -> a.name("blockHash").getter(CheckpointItem::getBlockHash)
                    .setter(CheckpointItem::setBlockHash))
            .addAttribute(Integer.class, a -> a.name("lastBlockSeen").getter(CheckpointItem::getLastBlockSeen)
                    .setter(CheckpointItem::setLastBlockSeen))
            .addAttribute(String.class, a -> a.name("lastBlockSeenHash").getter(CheckpointItem::getLastBlockSeenHash)
                    .setter(CheckpointItem::setLastBlockSeenHash))
            .addAttribute(Long.class, a -> a.name("updatedAtMillis").getter(CheckpointItem::getUpdatedAtMillis)
                    .setter(CheckpointItem::setUpdatedAtMillis))
            .addAttribute(Integer.class, a -> a.name("logPrunedThrough").getter(CheckpointItem::getLogPrunedThrough)
                    .setter(CheckpointItem::setLogPrunedThrough))
            .build();

    private String id = ID;
    private Integer height;
    private String blockHash;
    private Integer lastBlockSeen;
    private String lastBlockSeenHash;
    private Long updatedAtMillis;
    private Integer logPrunedThrough;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getHeight() {
        return height;
    }

    public void setHeight(Integer height) {
        this.height = height;
    }

    public String getBlockHash() {
        return blockHash;
    }

    public void setBlockHash(String blockHash) {
        this.blockHash = blockHash;
    }

    public Integer getLastBlockSeen() {
        return lastBlockSeen;
    }

    public void setLastBlockSeen(Integer lastBlockSeen) {
        this.lastBlockSeen = lastBlockSeen;
    }

    public String getLastBlockSeenHash() {
        return lastBlockSeenHash;
    }

    public void setLastBlockSeenHash(String lastBlockSeenHash) {
        this.lastBlockSeenHash = lastBlockSeenHash;
    }

    public Long getUpdatedAtMillis() {
        return updatedAtMillis;
    }

    public void setUpdatedAtMillis(Long updatedAtMillis) {
        this.updatedAtMillis = updatedAtMillis;
    }

    /** The change log of every block up to this height is deleted (it left the undo window); null: unknown. */
    public Integer getLogPrunedThrough() {
        return logPrunedThrough;
    }

    public void setLogPrunedThrough(Integer logPrunedThrough) {
        this.logPrunedThrough = logPrunedThrough;
    }
}
