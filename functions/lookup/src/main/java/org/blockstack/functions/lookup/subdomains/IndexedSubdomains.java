package org.blockstack.functions.lookup.subdomains;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.core.bns.subdomains.SubdomainRecord;
import org.blockstack.functions.core.did.NameDid;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainItem;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainItems;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainReadIndex;
import org.blockstack.functions.infra.aws.dynamodb.subdomains.SubdomainRecordItem;
import org.blockstack.functions.lookup.http.StoreCalls;

/**
 * The read API's subdomain questions answered from the subdomain index (docs/subdomains.md):
 * each one key lookup or one index query, through {@link StoreCalls}.
 */
@ApplicationScoped
public class IndexedSubdomains implements Subdomains {
    @Inject
    SubdomainReadIndex index;
    @Inject
    StoreCalls store;
    @Inject
    NetworkSettings network;

    @Override
    public Optional<Subdomain> find(String fqn) {
        return store.call(() -> index.find(fqn)).map(this::subdomain);
    }

    private Subdomain subdomain(SubdomainItem item) {
        return new Subdomain(item.getFqn(), address(item.getOwner()), item.getTxid(), item.getZonefileHash(),
                Base64.getDecoder().decode(item.getZonefile()), () -> did(item));
    }

    /**
     * The owner with the version byte of the network served, as names' owners are shown (decisions
     * I10-8); an owner that is no address as written.
     */
    private String address(String owner) {
        return OwnerAddress.fromBase58(owner).map(address -> address.toBase58(network.network().isTestnet()))
                .orElse(owner);
    }

    /** {@code did:stack:v0:<creator, version 63 or 50>-<creations by it before>} (read-api §5.1.2). */
    private Object did(SubdomainItem item) {
        Optional<OwnerAddress> creator = OwnerAddress.fromBase58(item.getCreator());
        if (creator.isEmpty()) {
            return Map.of("error", "Not supported for this name");
        }
        long before = store.call(() -> index.creationsBefore(item));
        return NameDid.ofSubdomain(creator.get(), before);
    }

    @Override
    public List<String> ofParent(String parentName) {
        return store.call(() -> index.ofParent(parentName));
    }

    @Override
    public List<String> ownedBy(OwnerAddress owner) {
        return store.call(() -> index.ownedBy(owner.toBase58(false)));
    }

    @Override
    public List<String> page(long offset, int count) {
        return store.call(() -> index.page(offset, count));
    }

    @Override
    public long count() {
        return store.call(() -> index.count());
    }

    @Override
    public List<Map<String, Object>> inTransaction(String txid) {
        List<Map<String, Object>> operations = new ArrayList<>();
        for (SubdomainRecordItem item : store.call(() -> index.inTransaction(txid))) {
            operations.add(operation(item));
        }
        return operations;
    }

    /** One row of {@code /v1/subdomains/{txid}} in Core's column names (read-api §5.7, decisions I10-9). */
    private static Map<String, Object> operation(SubdomainRecordItem item) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accepted", Boolean.TRUE.equals(item.getAccepted()) ? 1 : 0);
        json.put("block_height", item.getHeight());
        json.put("domain", item.getDomain());
        json.put("fully_qualified_subdomain", item.getFqn());
        json.put("missing", item.getMissing() == null ? "" : item.getMissing());
        json.put("owner", item.getOwner());
        json.put("parent_zonefile_hash", item.getParentZonefileHash());
        json.put("parent_zonefile_index", zonefileIndex(item));
        json.put("resolver", item.getResolver());
        json.put("sequence", item.getSequence());
        json.put("signature", item.getSignature() == null ? "None" : item.getSignature());
        json.put("txid", item.getTxid());
        json.put("zonefile_hash", item.getZonefileHash());
        json.put("zonefile_offset", item.getOffset());
        return json;
    }

    /** The announcement's chain position as one number: orders as Core's inventory index does (I10-9). */
    private static long zonefileIndex(SubdomainRecordItem item) {
        return item.getHeight() * 1_000_000L + item.getVtxindex();
    }

    @Override
    public List<Map<String, Object>> history(String fqn) {
        List<Map<String, Object>> newestFirst = new ArrayList<>();
        for (SubdomainRecordItem item : store.call(() -> index.records(fqn))) {
            if (Boolean.TRUE.equals(item.getAccepted())) {
                newestFirst.add(0, snapshot(SubdomainItems.record(item), item.getZonefileHash()));
            }
        }
        return newestFirst;
    }

    /**
     * Core's {@code Subdomain.to_json} (read-api §5.2): the zone file in base64; its hash as
     * indexed, not computed again for every row.
     */
    private Map<String, Object> snapshot(SubdomainRecord record, String zonefileHash) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("address", address(record.owner()));
        json.put("block_number", record.carrier().height());
        json.put("domain", record.domain());
        json.put("name", record.fqn());
        if (record.resolver() != null) {
            json.put("resolver", record.resolver());
        }
        json.put("sequence", record.sequence());
        json.put("txid", record.carrier().txid());
        json.put("value_hash", zonefileHash);
        json.put("zonefile", record.zonefileBase64());
        return json;
    }

    @Override
    public Optional<byte[]> zonefileEver(String fqn, String zonefileHash) {
        return store.call(() -> index.records(fqn)).stream()
                .filter(item -> Boolean.TRUE.equals(item.getAccepted()) && zonefileHash.equals(item.getZonefileHash()))
                .map(item -> Base64.getDecoder().decode(item.getZonefile()))
                .findFirst();
    }

    @Override
    public Optional<Subdomain> createdBy(OwnerAddress creator, long index) {
        return store.call(() -> this.index.createdBy(creator.toBase58(false), index)).map(this::subdomain);
    }
}
