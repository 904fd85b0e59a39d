package org.blockstack.functions.infra.aws.dynamodb.bns;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import java.util.Map;

import org.blockstack.functions.infra.aws.dynamodb.ItemImages;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A name's, namespace's or preorder's state right after one operation: table {@code history},
 * key {@code subject} + {@code position} ({@code <height>.<vtxindex>}, zero-padded so the text
 * order is the chain order). Indexes: the operations of a block, who set a zone file hash, the
 * names an address created (DIDs), and the row of a transaction.
 */
public final class HistoryItem {
    public static final String TABLE = "history";
    public static final String BY_HEIGHT = "by-height";
    public static final String BY_VALUE_HASH = "by-value-hash";
    /** Rows that created a name, by the owner they created it for, in chain order: name DIDs count them. */
    public static final String BY_CREATOR = "by-creator";
    /** The rows a transaction wrote ({@code /v1/blockchains/bitcoin/transactions/<txid>}). */
    public static final String BY_TXID = "by-txid";

    public static final TableSchema<HistoryItem> SCHEMA = StaticTableSchema.builder(HistoryItem.class)
            .newItemSupplier(HistoryItem::new)
            .addAttribute(String.class, a -> a.name("subject").getter(HistoryItem::getSubject)
                    .setter(HistoryItem::setSubject).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("position").getter(HistoryItem::getPosition)
                    .setter(HistoryItem::setPosition).tags(primarySortKey(), secondarySortKey(BY_VALUE_HASH),
                            secondarySortKey(BY_CREATOR)))
            .addAttribute(Integer.class, a -> a.name("height").getter(HistoryItem::getHeight)
                    .setter(HistoryItem::setHeight).tags(secondaryPartitionKey(BY_HEIGHT)))
            .addAttribute(Integer.class, a -> a.name("vtxindex").getter(HistoryItem::getVtxindex)
                    .setter(HistoryItem::setVtxindex).tags(secondarySortKey(BY_HEIGHT)))
            .addAttribute(String.class, a -> a.name("txid").getter(HistoryItem::getTxid).setter(HistoryItem::setTxid)
                    .tags(secondaryPartitionKey(BY_TXID)))
            .addAttribute(String.class, a -> a.name("opcode").getter(HistoryItem::getOpcode)
                    .setter(HistoryItem::setOpcode))
            .addAttribute(String.class, a -> a.name("recordType").getter(HistoryItem::getRecordType)
                    .setter(HistoryItem::setRecordType))
            .addAttribute(String.class, a -> a.name("valueHash").getter(HistoryItem::getValueHash)
                    .setter(HistoryItem::setValueHash).tags(secondaryPartitionKey(BY_VALUE_HASH)))
            .addAttribute(String.class, a -> a.name("creatorAddress").getter(HistoryItem::getCreatorAddress)
                    .setter(HistoryItem::setCreatorAddress).tags(secondaryPartitionKey(BY_CREATOR)))
            .addAttribute(EnhancedType.mapOf(String.class, AttributeValue.class), a -> a.name("record")
                    .getter(HistoryItem::getRecord).setter(HistoryItem::setRecord)
                    .attributeConverter(ItemImages.CONVERTER))
            .build();

    private String subject;
    private String position;
    private Integer height;
    private Integer vtxindex;
    private String txid;
    private String opcode;
    private String recordType;
    private String valueHash;
    private String creatorAddress;
    private Map<String, AttributeValue> record;

    /** The sort key of the entry at {@code height}, {@code vtxindex}. */
    public static String position(int height, int vtxindex) {
        return String.format("%010d.%06d", height, vtxindex);
    }

    public String getSubject() { return subject; }
    public void setSubject(String value) { subject = value; }
    public String getPosition() { return position; }
    public void setPosition(String value) { position = value; }
    public Integer getHeight() { return height; }
    public void setHeight(Integer value) { height = value; }
    public Integer getVtxindex() { return vtxindex; }
    public void setVtxindex(Integer value) { vtxindex = value; }
    public String getTxid() { return txid; }
    public void setTxid(String value) { txid = value; }
    public String getOpcode() { return opcode; }
    public void setOpcode(String value) { opcode = value; }
    public String getRecordType() { return recordType; }
    public void setRecordType(String value) { recordType = value; }
    public String getValueHash() { return valueHash; }
    public void setValueHash(String value) { valueHash = value; }
    public String getCreatorAddress() { return creatorAddress; }
    public void setCreatorAddress(String value) { creatorAddress = value; }
    public Map<String, AttributeValue> getRecord() { return record; }
    public void setRecord(Map<String, AttributeValue> value) { record = value; }
}
