package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primarySortKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * One subdomain record as a parent zone file carried it, accepted or not: table
 * {@code subdomain-records}, key {@code fqn} + {@code position} (the carrying zone file's
 * {@code <height>.<vtxindex>}, zero-padded: text order is chain order). Index {@code by-txid}: the
 * records a transaction's zone file carried, in file order. Records taken back by a chain
 * reorganisation stay, marked {@code orphaned}; readers skip them (decision I10-13).
 */
public final class SubdomainRecordItem extends RecordFields {
    public static final String TABLE = "subdomain-records";
    public static final String BY_TXID = "by-txid";
    static final String FQN = "fqn";
    static final String ACCEPTED = "accepted";
    static final String ORPHANED = "orphaned";
    static final String GENERATION = "generation";
    static final String TXID = "txid";

    public static final TableSchema<SubdomainRecordItem> SCHEMA = RecordFields.addTo(StaticTableSchema.builder(
            SubdomainRecordItem.class))
            .newItemSupplier(SubdomainRecordItem::new)
            .addAttribute(String.class, a -> a.name(FQN).getter(SubdomainRecordItem::getFqn)
                    .setter(SubdomainRecordItem::setFqn).tags(primaryPartitionKey()))
            .addAttribute(String.class, a -> a.name("position").getter(SubdomainRecordItem::getPosition)
                    .setter(SubdomainRecordItem::setPosition).tags(primarySortKey()))
            .addAttribute(String.class, a -> a.name(TXID).getter(SubdomainRecordItem::getTxid)
                    .setter(SubdomainRecordItem::setTxid).tags(secondaryPartitionKey(BY_TXID)))
            .addAttribute(Integer.class, a -> a.name("offset").getter(SubdomainRecordItem::getOffset)
                    .setter(SubdomainRecordItem::setOffset).tags(secondarySortKey(BY_TXID)))
            .addAttribute(String.class, a -> a.name("signature").getter(SubdomainRecordItem::getSignature)
                    .setter(SubdomainRecordItem::setSignature))
            .addAttribute(String.class, a -> a.name("parentZonefileHash")
                    .getter(SubdomainRecordItem::getParentZonefileHash)
                    .setter(SubdomainRecordItem::setParentZonefileHash))
            .addAttribute(String.class, a -> a.name("missing").getter(SubdomainRecordItem::getMissing)
                    .setter(SubdomainRecordItem::setMissing))
            .addAttribute(Boolean.class, a -> a.name(ACCEPTED).getter(SubdomainRecordItem::getAccepted)
                    .setter(SubdomainRecordItem::setAccepted))
            .addAttribute(Boolean.class, a -> a.name(ORPHANED).getter(SubdomainRecordItem::getOrphaned)
                    .setter(SubdomainRecordItem::setOrphaned))
            .addAttribute(Integer.class, a -> a.name(GENERATION).getter(SubdomainRecordItem::getGeneration)
                    .setter(SubdomainRecordItem::setGeneration))
            .build();

    private String fqn;
    private String position;
    private String txid;
    private Integer offset;
    private String signature;
    private String parentZonefileHash;
    private String missing;
    private Boolean accepted;
    private Boolean orphaned;
    private Integer generation;

    public String getFqn() { return fqn; }
    public void setFqn(String value) { fqn = value; }
    public String getPosition() { return position; }
    public void setPosition(String value) { position = value; }
    public String getTxid() { return txid; }
    public void setTxid(String value) { txid = value; }
    public Integer getOffset() { return offset; }
    public void setOffset(Integer value) { offset = value; }
    public String getSignature() { return signature; }
    public void setSignature(String value) { signature = value; }
    public String getParentZonefileHash() { return parentZonefileHash; }
    public void setParentZonefileHash(String value) { parentZonefileHash = value; }
    public String getMissing() { return missing; }
    public void setMissing(String value) { missing = value; }
    public Boolean getAccepted() { return accepted; }
    public void setAccepted(Boolean value) { accepted = value; }
    /** Whether a chain reorganisation took back the operation that announced the carrying zone file (I10-13). */
    public Boolean getOrphaned() { return orphaned; }
    public void setOrphaned(Boolean value) { orphaned = value; }
    /** How often the record was added, orphaned or revived (absent: 1, a record written before I10-13). */
    public Integer getGeneration() { return generation; }
    public void setGeneration(Integer value) { generation = value; }

    /** Whether the record counts: its carrier is on the chain as far as the index knows. */
    public boolean live() {
        return !Boolean.TRUE.equals(orphaned);
    }

    int generationOrFirst() {
        return generation == null ? 1 : generation;
    }
}
