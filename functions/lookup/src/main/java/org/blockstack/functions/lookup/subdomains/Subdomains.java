package org.blockstack.functions.lookup.subdomains;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.core.addresses.OwnerAddress;

/**
 * What the read API asks about subdomains (read-api §5.1.2, §5.7, §7, §13). Answered from
 * the subdomain index by {@link IndexedSubdomains} (docs/subdomains.md).
 */
public interface Subdomains {
    /** The latest accepted record of a subdomain, as Core renders it (§5.1.2), without its DID. */
    record Subdomain(String fqn, String address, String txid, String zonefileHash, String zonefile, Object did) {
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
