package org.blockstack.functions.infra.aws.dynamodb.bns;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;

import java.util.List;

import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/** A revealed or ready namespace: table {@code namespaces}, key {@code namespaceId}. */
public final class NamespaceItem {
    public static final String TABLE = "namespaces";

    public static final TableSchema<NamespaceItem> SCHEMA = StaticTableSchema.builder(NamespaceItem.class)
            .newItemSupplier(NamespaceItem::new)
            .addAttribute(String.class, a -> a.name("namespaceId").getter(NamespaceItem::getNamespaceId)
                    .setter(NamespaceItem::setNamespaceId).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("preorderHash").getter(NamespaceItem::getPreorderHash)
                    .setter(NamespaceItem::setPreorderHash))
            .addAttribute(Integer.class, a -> a.name("version").getter(NamespaceItem::getVersion)
                    .setter(NamespaceItem::setVersion))
            .addAttribute(String.class, a -> a.name("sender").getter(NamespaceItem::getSender)
                    .setter(NamespaceItem::setSender))
            .addAttribute(String.class, a -> a.name("senderPubkey").getter(NamespaceItem::getSenderPubkey)
                    .setter(NamespaceItem::setSenderPubkey))
            .addAttribute(String.class, a -> a.name("address").getter(NamespaceItem::getAddress)
                    .setter(NamespaceItem::setAddress))
            .addAttribute(String.class, a -> a.name("recipient").getter(NamespaceItem::getRecipient)
                    .setter(NamespaceItem::setRecipient))
            .addAttribute(String.class, a -> a.name("recipientAddress").getter(NamespaceItem::getRecipientAddress)
                    .setter(NamespaceItem::setRecipientAddress))
            .addAttribute(Integer.class, a -> a.name("blockNumber").getter(NamespaceItem::getBlockNumber)
                    .setter(NamespaceItem::setBlockNumber))
            .addAttribute(Integer.class, a -> a.name("revealBlock").getter(NamespaceItem::getRevealBlock)
                    .setter(NamespaceItem::setRevealBlock))
            .addAttribute(Integer.class, a -> a.name("readyBlock").getter(NamespaceItem::getReadyBlock)
                    .setter(NamespaceItem::setReadyBlock))
            .addAttribute(String.class, a -> a.name("op").getter(NamespaceItem::getOp).setter(NamespaceItem::setOp))
            .addAttribute(String.class, a -> a.name("txid").getter(NamespaceItem::getTxid)
                    .setter(NamespaceItem::setTxid))
            .addAttribute(Integer.class, a -> a.name("vtxindex").getter(NamespaceItem::getVtxindex)
                    .setter(NamespaceItem::setVtxindex))
            .addAttribute(Long.class, a -> a.name("lifetime").getter(NamespaceItem::getLifetime)
                    .setter(NamespaceItem::setLifetime))
            .addAttribute(Integer.class, a -> a.name("coeff").getter(NamespaceItem::getCoeff)
                    .setter(NamespaceItem::setCoeff))
            .addAttribute(Integer.class, a -> a.name("base").getter(NamespaceItem::getBase)
                    .setter(NamespaceItem::setBase))
            .addAttribute(EnhancedType.listOf(Integer.class), a -> a.name("buckets").getter(NamespaceItem::getBuckets)
                    .setter(NamespaceItem::setBuckets))
            .addAttribute(Integer.class, a -> a.name("nonalphaDiscount").getter(NamespaceItem::getNonalphaDiscount)
                    .setter(NamespaceItem::setNonalphaDiscount))
            .addAttribute(Integer.class, a -> a.name("noVowelDiscount").getter(NamespaceItem::getNoVowelDiscount)
                    .setter(NamespaceItem::setNoVowelDiscount))
            .addAttribute(Long.class, a -> a.name("opFee").getter(NamespaceItem::getOpFee)
                    .setter(NamespaceItem::setOpFee))
            .addAttribute(Long.class, a -> a.name("tokenFee").getter(NamespaceItem::getTokenFee)
                    .setter(NamespaceItem::setTokenFee))
            .build();

    private String namespaceId;
    private String preorderHash;
    private Integer version;
    private String sender;
    private String senderPubkey;
    private String address;
    private String recipient;
    private String recipientAddress;
    private Integer blockNumber;
    private Integer revealBlock;
    private Integer readyBlock;
    private String op;
    private String txid;
    private Integer vtxindex;
    private Long lifetime;
    private Integer coeff;
    private Integer base;
    private List<Integer> buckets;
    private Integer nonalphaDiscount;
    private Integer noVowelDiscount;
    private Long opFee;
    private Long tokenFee;

    public String getNamespaceId() { return namespaceId; }
    public void setNamespaceId(String value) { namespaceId = value; }
    public String getPreorderHash() { return preorderHash; }
    public void setPreorderHash(String value) { preorderHash = value; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer value) { version = value; }
    public String getSender() { return sender; }
    public void setSender(String value) { sender = value; }
    public String getSenderPubkey() { return senderPubkey; }
    public void setSenderPubkey(String value) { senderPubkey = value; }
    public String getAddress() { return address; }
    public void setAddress(String value) { address = value; }
    public String getRecipient() { return recipient; }
    public void setRecipient(String value) { recipient = value; }
    public String getRecipientAddress() { return recipientAddress; }
    public void setRecipientAddress(String value) { recipientAddress = value; }
    public Integer getBlockNumber() { return blockNumber; }
    public void setBlockNumber(Integer value) { blockNumber = value; }
    public Integer getRevealBlock() { return revealBlock; }
    public void setRevealBlock(Integer value) { revealBlock = value; }
    public Integer getReadyBlock() { return readyBlock; }
    public void setReadyBlock(Integer value) { readyBlock = value; }
    public String getOp() { return op; }
    public void setOp(String value) { op = value; }
    public String getTxid() { return txid; }
    public void setTxid(String value) { txid = value; }
    public Integer getVtxindex() { return vtxindex; }
    public void setVtxindex(Integer value) { vtxindex = value; }
    public Long getLifetime() { return lifetime; }
    public void setLifetime(Long value) { lifetime = value; }
    public Integer getCoeff() { return coeff; }
    public void setCoeff(Integer value) { coeff = value; }
    public Integer getBase() { return base; }
    public void setBase(Integer value) { base = value; }
    public List<Integer> getBuckets() { return buckets; }
    public void setBuckets(List<Integer> value) { buckets = value; }
    public Integer getNonalphaDiscount() { return nonalphaDiscount; }
    public void setNonalphaDiscount(Integer value) { nonalphaDiscount = value; }
    public Integer getNoVowelDiscount() { return noVowelDiscount; }
    public void setNoVowelDiscount(Integer value) { noVowelDiscount = value; }
    public Long getOpFee() { return opFee; }
    public void setOpFee(Long value) { opFee = value; }
    public Long getTokenFee() { return tokenFee; }
    public void setTokenFee(Long value) { tokenFee = value; }
}
