package org.blockstack.functions.lookup.subdomains;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.lookup.zonefiles.ZonefileText;

/**
 * What the read API asks about subdomains (read-api §5.1.2, §5.7, §7, §13). Answered from
 * the subdomain index by {@link IndexedSubdomains} (docs/subdomains.md).
 */
public interface Subdomains {
    /**
     * The latest accepted record of a subdomain, as Core renders it (§5.1.2). Its zone file is kept
     * as the bytes announced (a raw read returns them unchanged); its DID is looked up only when
     * asked for, as it costs an index query and only Core's name record shows it.
     */
    record Subdomain(String fqn, String address, String txid, String zonefileHash, byte[] zonefile,
            Supplier<Object> didLookup) {
        /** The zone file as the read API shows it in JSON: UTF-8 text. */
        public String zonefileText() {
            return ZonefileText.of(zonefile);
        }

        /** {@code did:stack:v0:…}, or Core's error object when the creator is no address. */
        public Object did() {
            return didLookup.get();
        }
    }

    Optional<Subdomain> find(String fqn);

    /** The fully-qualified names of a name's subdomains. */
    List<String> ofParent(String parentName);

    /** The subdomains {@code owner} currently owns. */
    List<String> ownedBy(OwnerAddress owner);

    /** Subdomain names in insertion order, {@code count} from {@code offset}. */
    List<String> page(long offset, int count);

    long count();

    /** Every subdomain operation the zone file of transaction {@code txid} carried (§5.7). */
    List<Map<String, Object>> inTransaction(String txid);

    /** The accepted records as history snapshots (§5.2), newest first, each with its {@code block_number}. */
    List<Map<String, Object>> history(String fqn);

    /** A zone file the subdomain had at some accepted record, by its hash. */
    Optional<byte[]> zonefileEver(String fqn, String zonefileHash);

    /** The {@code index}-th subdomain (from 0) {@code creator} created: what a subdomain DID names (§11.2). */
    Optional<Subdomain> createdBy(OwnerAddress creator, long index);
}
