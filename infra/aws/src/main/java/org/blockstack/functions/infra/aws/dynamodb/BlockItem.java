package org.blockstack.functions.infra.aws.dynamodb;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * One processed Bitcoin block: table {@code blocks}, key {@code height}. Its presence means the
 * block's change log is complete (see {@link ChangeLog}); the checkpoint says whether it is applied.
 */
public final class BlockItem {
    public static final String TABLE = "blocks";
    /** Height by consensus hash ({@code /v1/blockchains/bitcoin/consensus-block/<hash>}). */
    public static final String BY_CONSENSUS_HASH = "by-consensus-hash";

    public static final TableSchema<BlockItem> SCHEMA = StaticTableSchema.builder(BlockItem.class)
            .newItemSupplier(BlockItem::new)
            .addAttribute(Integer.class, a -> a.name("height").getter(BlockItem::getHeight)
                    .setter(BlockItem::setHeight).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("hash").getter(BlockItem::getHash).setter(BlockItem::setHash))
            .addAttribute(String.class, a -> a.name("parentHash").getter(BlockItem::getParentHash)
                    .setter(BlockItem::setParentHash))
            .addAttribute(Long.class, a -> a.name("timeSeconds").getter(BlockItem::getTimeSeconds)
                    .setter(BlockItem::setTimeSeconds))
            .addAttribute(Integer.class, a -> a.name("transactionCount").getter(BlockItem::getTransactionCount)
                    .setter(BlockItem::setTransactionCount))
            .addAttribute(Integer.class, a -> a.name("changeCount").getter(BlockItem::getChangeCount)
                    .setter(BlockItem::setChangeCount))
            .addAttribute(String.class, a -> a.name("consensusHash").getter(BlockItem::getConsensusHash)
                    .setter(BlockItem::setConsensusHash).tags(secondaryPartitionKey(BY_CONSENSUS_HASH)))
            .addAttribute(Integer.class, a -> a.name("operationCount").getter(BlockItem::getOperationCount)
                    .setter(BlockItem::setOperationCount))
            .build();

    private Integer height;
    private String hash;
    private String parentHash;
    private Long timeSeconds;
    private Integer transactionCount;
    private Integer changeCount;
    private String consensusHash;
    private Integer operationCount;

    public Integer getHeight() {
        return height;
    }

    public void setHeight(Integer height) {
        this.height = height;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }

    public String getParentHash() {
        return parentHash;
    }

    public void setParentHash(String parentHash) {
        this.parentHash = parentHash;
    }

    public Long getTimeSeconds() {
        return timeSeconds;
    }

    public void setTimeSeconds(Long timeSeconds) {
        this.timeSeconds = timeSeconds;
    }

    public Integer getTransactionCount() {
        return transactionCount;
    }

    public void setTransactionCount(Integer transactionCount) {
        this.transactionCount = transactionCount;
    }

    /** How many changes the block's log holds; the record is written only once the log is complete. */
    public Integer getChangeCount() {
        return changeCount;
    }

    public void setChangeCount(Integer changeCount) {
        this.changeCount = changeCount;
    }

    /** The block's consensus hash (bns-protocol §10). */
    public String getConsensusHash() {
        return consensusHash;
    }

    public void setConsensusHash(String consensusHash) {
        this.consensusHash = consensusHash;
    }

    /** How many BNS operations the block accepted. */
    public Integer getOperationCount() {
        return operationCount;
    }

    public void setOperationCount(Integer operationCount) {
        this.operationCount = operationCount;
    }
}
