package org.blockstack.functions.infra.aws.dynamodb.bns;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import java.math.BigInteger;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A name's current record: table {@code names}, key {@code name}. Its indexes answer the reads
 * of the BNS rules (owner script, name hash, preorder hash) and of the read API (names of a
 * namespace and all names, each in name order).
 */
public final class NameItem {
    public static final String TABLE = "names";
    public static final String BY_SENDER = "by-sender";
    public static final String BY_NAMESPACE = "by-namespace";
    public static final String BY_NAME_HASH128 = "by-name-hash128";
    public static final String BY_PREORDER_HASH = "by-preorder-hash";
    /** Every name under one partition value, sorted by name: the read API's alphabetical listing. */
    public static final String ALL_NAMES = "all-names";
    public static final String LISTING = "names";

    public static final TableSchema<NameItem> SCHEMA = StaticTableSchema.builder(NameItem.class)
            .newItemSupplier(NameItem::new)
            .addAttribute(String.class, a -> a.name("name").getter(NameItem::getName).setter(NameItem::setName)
                    .tags(primaryPartitionKey(),
                            secondarySortKey(BY_SENDER), secondarySortKey(BY_NAMESPACE), secondarySortKey(ALL_NAMES)))
            .addAttribute(String.class, a -> a.name("namespaceId").getter(NameItem::getNamespaceId)
                    .setter(NameItem::setNamespaceId).tags(secondaryPartitionKey(BY_NAMESPACE)))
            .addAttribute(String.class, a -> a.name("listing").getter(NameItem::getListing)
                    .setter(NameItem::setListing).tags(secondaryPartitionKey(ALL_NAMES)))
            .addAttribute(String.class, a -> a.name("nameHash128").getter(NameItem::getNameHash128)
                    .setter(NameItem::setNameHash128).tags(secondaryPartitionKey(BY_NAME_HASH128)))
            .addAttribute(String.class, a -> a.name("valueHash").getter(NameItem::getValueHash)
                    .setter(NameItem::setValueHash))
            .addAttribute(String.class, a -> a.name("sender").getter(NameItem::getSender).setter(NameItem::setSender)
                    .tags(secondaryPartitionKey(BY_SENDER)))
            .addAttribute(String.class, a -> a.name("senderPubkey").getter(NameItem::getSenderPubkey)
                    .setter(NameItem::setSenderPubkey))
            .addAttribute(String.class, a -> a.name("address").getter(NameItem::getAddress)
                    .setter(NameItem::setAddress))
            .addAttribute(Integer.class, a -> a.name("blockNumber").getter(NameItem::getBlockNumber)
                    .setter(NameItem::setBlockNumber))
            .addAttribute(Integer.class, a -> a.name("preorderBlockNumber").getter(NameItem::getPreorderBlockNumber)
                    .setter(NameItem::setPreorderBlockNumber))
            .addAttribute(Integer.class, a -> a.name("firstRegistered").getter(NameItem::getFirstRegistered)
                    .setter(NameItem::setFirstRegistered))
            .addAttribute(Integer.class, a -> a.name("lastRenewed").getter(NameItem::getLastRenewed)
                    .setter(NameItem::setLastRenewed))
            .addAttribute(Boolean.class, a -> a.name("revoked").getter(NameItem::getRevoked)
                    .setter(NameItem::setRevoked))
            .addAttribute(String.class, a -> a.name("op").getter(NameItem::getOp).setter(NameItem::setOp))
            .addAttribute(String.class, a -> a.name("txid").getter(NameItem::getTxid).setter(NameItem::setTxid))
            .addAttribute(Integer.class, a -> a.name("vtxindex").getter(NameItem::getVtxindex)
                    .setter(NameItem::setVtxindex))
            .addAttribute(Double.class, a -> a.name("opFee").getter(NameItem::getOpFee).setter(NameItem::setOpFee))
            .addAttribute(BigInteger.class, a -> a.name("tokenFee").getter(NameItem::getTokenFee)
                    .setter(NameItem::setTokenFee))
            .addAttribute(String.class, a -> a.name("importer").getter(NameItem::getImporter)
                    .setter(NameItem::setImporter))
            .addAttribute(String.class, a -> a.name("importerAddress").getter(NameItem::getImporterAddress)
                    .setter(NameItem::setImporterAddress))
            .addAttribute(String.class, a -> a.name("preorderHash").getter(NameItem::getPreorderHash)
                    .setter(NameItem::setPreorderHash).tags(secondaryPartitionKey(BY_PREORDER_HASH)))
            .addAttribute(String.class, a -> a.name("consensusHash").getter(NameItem::getConsensusHash)
                    .setter(NameItem::setConsensusHash))
            .addAttribute(Integer.class, a -> a.name("namespaceBlockNumber").getter(NameItem::getNamespaceBlockNumber)
                    .setter(NameItem::setNamespaceBlockNumber))
            .addAttribute(String.class, a -> a.name("lastCreationOp").getter(NameItem::getLastCreationOp)
                    .setter(NameItem::setLastCreationOp))
            .addAttribute(String.class, a -> a.name("updateConsensusHash").getter(NameItem::getUpdateConsensusHash)
                    .setter(NameItem::setUpdateConsensusHash))
            .build();

    private String name;
    private String namespaceId;
    private String listing;
    private String nameHash128;
    private String valueHash;
    private String sender;
    private String senderPubkey;
    private String address;
    private Integer blockNumber;
    private Integer preorderBlockNumber;
    private Integer firstRegistered;
    private Integer lastRenewed;
    private Boolean revoked;
    private String op;
    private String txid;
    private Integer vtxindex;
    private Double opFee;
    private BigInteger tokenFee;
    private String importer;
    private String importerAddress;
    private String preorderHash;
    private String consensusHash;
    private Integer namespaceBlockNumber;
    private String lastCreationOp;
    private String updateConsensusHash;

    public String getName() { return name; }
    public void setName(String value) { name = value; }
    public String getNamespaceId() { return namespaceId; }
    public void setNamespaceId(String value) { namespaceId = value; }
    public String getListing() { return listing; }
    public void setListing(String value) { listing = value; }
    public String getNameHash128() { return nameHash128; }
    public void setNameHash128(String value) { nameHash128 = value; }
    public String getValueHash() { return valueHash; }
    public void setValueHash(String value) { valueHash = value; }
    public String getSender() { return sender; }
    public void setSender(String value) { sender = value; }
    public String getSenderPubkey() { return senderPubkey; }
    public void setSenderPubkey(String value) { senderPubkey = value; }
    public String getAddress() { return address; }
    public void setAddress(String value) { address = value; }
    public Integer getBlockNumber() { return blockNumber; }
    public void setBlockNumber(Integer value) { blockNumber = value; }
    public Integer getPreorderBlockNumber() { return preorderBlockNumber; }
    public void setPreorderBlockNumber(Integer value) { preorderBlockNumber = value; }
    public Integer getFirstRegistered() { return firstRegistered; }
    public void setFirstRegistered(Integer value) { firstRegistered = value; }
    public Integer getLastRenewed() { return lastRenewed; }
    public void setLastRenewed(Integer value) { lastRenewed = value; }
    public Boolean getRevoked() { return revoked; }
    public void setRevoked(Boolean value) { revoked = value; }
    public String getOp() { return op; }
    public void setOp(String value) { op = value; }
    public String getTxid() { return txid; }
    public void setTxid(String value) { txid = value; }
    public Integer getVtxindex() { return vtxindex; }
    public void setVtxindex(Integer value) { vtxindex = value; }
    public Double getOpFee() { return opFee; }
    public void setOpFee(Double value) { opFee = value; }
    public BigInteger getTokenFee() { return tokenFee; }
    public void setTokenFee(BigInteger value) { tokenFee = value; }
    public String getImporter() { return importer; }
    public void setImporter(String value) { importer = value; }
    public String getImporterAddress() { return importerAddress; }
    public void setImporterAddress(String value) { importerAddress = value; }
    public String getPreorderHash() { return preorderHash; }
    public void setPreorderHash(String value) { preorderHash = value; }
    public String getConsensusHash() { return consensusHash; }
    public void setConsensusHash(String value) { consensusHash = value; }
    public Integer getNamespaceBlockNumber() { return namespaceBlockNumber; }
    public void setNamespaceBlockNumber(Integer value) { namespaceBlockNumber = value; }
    public String getLastCreationOp() { return lastCreationOp; }
    public void setLastCreationOp(String value) { lastCreationOp = value; }
    public String getUpdateConsensusHash() { return updateConsensusHash; }
    public void setUpdateConsensusHash(String value) { updateConsensusHash = value; }
}
