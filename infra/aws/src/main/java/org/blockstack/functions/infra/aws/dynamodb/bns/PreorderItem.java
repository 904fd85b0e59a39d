package org.blockstack.functions.infra.aws.dynamodb.bns;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A preorder waiting for its registration or reveal: table {@code preorders}, key {@code preorderHash}.
 * Index {@code by-block}: the preorders made in a block, in block order (the read API's operations
 * of a block).
 */
public final class PreorderItem {
    public static final String TABLE = "preorders";
    public static final String BY_BLOCK = "by-block";

    public static final TableSchema<PreorderItem> SCHEMA = StaticTableSchema.builder(PreorderItem.class)
            .newItemSupplier(PreorderItem::new)
            .addAttribute(String.class, a -> a.name("preorderHash").getter(PreorderItem::getPreorderHash)
                    .setter(PreorderItem::setPreorderHash).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("op").getter(PreorderItem::getOp).setter(PreorderItem::setOp))
            .addAttribute(String.class, a -> a.name("consensusHash").getter(PreorderItem::getConsensusHash)
                    .setter(PreorderItem::setConsensusHash))
            .addAttribute(String.class, a -> a.name("sender").getter(PreorderItem::getSender)
                    .setter(PreorderItem::setSender))
            .addAttribute(String.class, a -> a.name("senderPubkey").getter(PreorderItem::getSenderPubkey)
                    .setter(PreorderItem::setSenderPubkey))
            .addAttribute(String.class, a -> a.name("address").getter(PreorderItem::getAddress)
                    .setter(PreorderItem::setAddress))
            .addAttribute(Integer.class, a -> a.name("blockNumber").getter(PreorderItem::getBlockNumber)
                    .setter(PreorderItem::setBlockNumber).tags(secondaryPartitionKey(BY_BLOCK)))
            .addAttribute(String.class, a -> a.name("txid").getter(PreorderItem::getTxid)
                    .setter(PreorderItem::setTxid))
            .addAttribute(Integer.class, a -> a.name("vtxindex").getter(PreorderItem::getVtxindex)
                    .setter(PreorderItem::setVtxindex).tags(secondarySortKey(BY_BLOCK)))
            .addAttribute(Long.class, a -> a.name("opFee").getter(PreorderItem::getOpFee)
                    .setter(PreorderItem::setOpFee))
            .addAttribute(String.class, a -> a.name("burnAddress").getter(PreorderItem::getBurnAddress)
                    .setter(PreorderItem::setBurnAddress))
            .addAttribute(Long.class, a -> a.name("tokenFee").getter(PreorderItem::getTokenFee)
                    .setter(PreorderItem::setTokenFee))
            .addAttribute(String.class, a -> a.name("tokenUnits").getter(PreorderItem::getTokenUnits)
                    .setter(PreorderItem::setTokenUnits))
            .build();

    private String preorderHash;
    private String op;
    private String consensusHash;
    private String sender;
    private String senderPubkey;
    private String address;
    private Integer blockNumber;
    private String txid;
    private Integer vtxindex;
    private Long opFee;
    private String burnAddress;
    private Long tokenFee;
    private String tokenUnits;

    public String getPreorderHash() { return preorderHash; }
    public void setPreorderHash(String value) { preorderHash = value; }
    public String getOp() { return op; }
    public void setOp(String value) { op = value; }
    public String getConsensusHash() { return consensusHash; }
    public void setConsensusHash(String value) { consensusHash = value; }
    public String getSender() { return sender; }
    public void setSender(String value) { sender = value; }
    public String getSenderPubkey() { return senderPubkey; }
    public void setSenderPubkey(String value) { senderPubkey = value; }
    public String getAddress() { return address; }
    public void setAddress(String value) { address = value; }
    public Integer getBlockNumber() { return blockNumber; }
    public void setBlockNumber(Integer value) { blockNumber = value; }
    public String getTxid() { return txid; }
    public void setTxid(String value) { txid = value; }
    public Integer getVtxindex() { return vtxindex; }
    public void setVtxindex(Integer value) { vtxindex = value; }
    public Long getOpFee() { return opFee; }
    public void setOpFee(Long value) { opFee = value; }
    public String getBurnAddress() { return burnAddress; }
    public void setBurnAddress(String value) { burnAddress = value; }
    public Long getTokenFee() { return tokenFee; }
    public void setTokenFee(Long value) { tokenFee = value; }
    public String getTokenUnits() { return tokenUnits; }
    public void setTokenUnits(String value) { tokenUnits = value; }
}
