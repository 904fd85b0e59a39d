package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.core.bns.subdomains.SubdomainRecord;
import org.blockstack.functions.core.bns.subdomains.ZoneFileAnnouncement;

/** Maps the core's subdomain records to items and back, in one place for the writer and the readers. */
public final class SubdomainItems {
    private SubdomainItems() {
    }

    /**
     * The owner as the indexes key it: the mainnet base58check form of a well-formed address, so
     * one owner written with testnet or mainnet version bytes is one key; anything else as written.
     */
    public static String ownerKey(String owner) {
        return OwnerAddress.fromBase58(owner).map(address -> address.toBase58(false)).orElse(owner);
    }

    /** Where a record sits in chain order, as text that sorts in that order: position, then offset. */
    public static String chainPlace(SubdomainRecord record) {
        return record.carrier().position() + "." + String.format("%06d", record.offset());
    }

    static SubdomainRecordItem recordItem(SubdomainRecord record) {
        SubdomainRecordItem item = new SubdomainRecordItem();
        item.setFqn(record.fqn());
        item.setPosition(record.carrier().position());
        item.setTxid(record.carrier().txid());
        item.setOffset(record.offset());
        item.setDomain(record.domain());
        item.setOwner(record.owner());
        item.setSequence(record.sequence());
        item.setZonefile(record.zonefileBase64());
        item.setZonefileHash(record.zonefileHash());
        item.setSignature(record.signature());
        item.setHeight(record.carrier().height());
        item.setVtxindex(record.carrier().vtxindex());
        item.setParentZonefileHash(record.carrier().zonefileHash());
        item.setResolver(record.resolver());
        item.setMissing(record.missing().stream().map(String::valueOf).collect(Collectors.joining(",")));
        item.setAccepted(false);
        item.setBasis(0);
        item.setOrphaned(false);
        item.setGeneration(1);
        return item;
    }

    public static SubdomainRecord record(SubdomainRecordItem item) {
        List<Integer> missing = new ArrayList<>();
        if (item.getMissing() != null && !item.getMissing().isEmpty()) {
            for (String index : item.getMissing().split(",")) {
                missing.add(Integer.parseInt(index));
            }
        }
        return new SubdomainRecord(item.getFqn(), item.getOwner(), item.getSequence(), item.getZonefile(),
                item.getSignature(), new ZoneFileAnnouncement(item.getDomain(), item.getParentZonefileHash(),
                        item.getHeight(), item.getVtxindex(), item.getTxid()),
                item.getOffset(), item.getResolver(), missing);
    }

    static SubdomainItem subdomainItem(SubdomainRecord current, SubdomainRecord creation, int basis) {
        SubdomainItem item = new SubdomainItem();
        item.setFqn(current.fqn());
        item.setParent(current.parent());
        item.setOwner(current.owner());
        item.setOwnerKey(ownerKey(current.owner()));
        item.setListing(SubdomainItem.LISTING);
        item.setCreated(chainPlace(creation));
        item.setCreator(creation.owner());
        item.setCreatorKey(ownerKey(creation.owner()));
        item.setSequence(current.sequence());
        item.setZonefile(current.zonefileBase64());
        item.setZonefileHash(current.zonefileHash());
        item.setTxid(current.carrier().txid());
        item.setHeight(current.carrier().height());
        item.setVtxindex(current.carrier().vtxindex());
        item.setDomain(current.domain());
        item.setResolver(current.resolver());
        item.setBasis(basis);
        return item;
    }
}
