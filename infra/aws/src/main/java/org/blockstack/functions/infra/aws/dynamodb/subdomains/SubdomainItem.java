package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.primaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondaryPartitionKey;
import static software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags.secondarySortKey;

import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;

/**
 * A subdomain that exists: its latest accepted record, and when and by whom it was created.
 * Table {@code subdomains}, key {@code fqn}. Indexes: {@code by-parent} (a name's subdomains),
 * {@code by-owner} (what an address owns now), {@code all-subdomains} (every subdomain in order of
 * creation) and {@code by-creator} (an address's creations in order: the subdomain DID's index).
 * A subdomain whose every accepted record a chain reorganisation took back keeps only its key and
 * the judgement's {@code basis} (a tombstone: in no index, and {@link #exists()} is false), so a
 * stale judgement cannot bring it back (decision I10-13).
 */
public final class SubdomainItem extends RecordFields {
    public static final String TABLE = "subdomains";
    public static final String BY_PARENT = "by-parent";
    public static final String BY_OWNER = "by-owner";
    public static final String ALL_SUBDOMAINS = "all-subdomains";
    public static final String BY_CREATOR = "by-creator";
    /** The one value of {@code listing}: every subdomain in one index partition. */
    public static final String LISTING = "subdomains";
    static final String FQN = "fqn";

    public static final TableSchema<SubdomainItem> SCHEMA = RecordFields.addTo(StaticTableSchema.builder(
            SubdomainItem.class))
            .newItemSupplier(SubdomainItem::new)
            .addAttribute(String.class, a -> a.name(FQN).getter(SubdomainItem::getFqn).setter(SubdomainItem::setFqn)
                    .tags(primaryPartitionKey(), secondarySortKey(BY_PARENT), secondarySortKey(BY_OWNER)))
            .addAttribute(String.class, a -> a.name("parent").getter(SubdomainItem::getParent)
                    .setter(SubdomainItem::setParent).tags(secondaryPartitionKey(BY_PARENT)))
            .addAttribute(String.class, a -> a.name("ownerKey").getter(SubdomainItem::getOwnerKey)
                    .setter(SubdomainItem::setOwnerKey).tags(secondaryPartitionKey(BY_OWNER)))
            .addAttribute(String.class, a -> a.name("listing").getter(SubdomainItem::getListing)
                    .setter(SubdomainItem::setListing).tags(secondaryPartitionKey(ALL_SUBDOMAINS)))
            .addAttribute(String.class, a -> a.name("created").getter(SubdomainItem::getCreated)
                    .setter(SubdomainItem::setCreated)
                    .tags(secondarySortKey(ALL_SUBDOMAINS), secondarySortKey(BY_CREATOR)))
            .addAttribute(String.class, a -> a.name("creatorKey").getter(SubdomainItem::getCreatorKey)
                    .setter(SubdomainItem::setCreatorKey).tags(secondaryPartitionKey(BY_CREATOR)))
            .addAttribute(String.class, a -> a.name("creator").getter(SubdomainItem::getCreator)
                    .setter(SubdomainItem::setCreator))
            .addAttribute(String.class, a -> a.name("txid").getter(SubdomainItem::getTxid)
                    .setter(SubdomainItem::setTxid))
            .build();

    private String fqn;
    private String parent;
    private String ownerKey;
    private String listing;
    private String created;
    private String creatorKey;
    private String creator;
    private String txid;

    /** False for a tombstone (no owner): the subdomain was taken back by a chain reorganisation. */
    public boolean exists() {
        return getOwner() != null;
    }

    public String getFqn() { return fqn; }
    public void setFqn(String value) { fqn = value; }
    public String getParent() { return parent; }
    public void setParent(String value) { parent = value; }
    public String getOwnerKey() { return ownerKey; }
    public void setOwnerKey(String value) { ownerKey = value; }
    public String getListing() { return listing; }
    public void setListing(String value) { listing = value; }
    public String getCreated() { return created; }
    public void setCreated(String value) { created = value; }
    public String getCreatorKey() { return creatorKey; }
    public void setCreatorKey(String value) { creatorKey = value; }
    public String getCreator() { return creator; }
    public void setCreator(String value) { creator = value; }
    public String getTxid() { return txid; }
    public void setTxid(String value) { txid = value; }
}
