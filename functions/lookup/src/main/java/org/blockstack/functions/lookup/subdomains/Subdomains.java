package org.blockstack.functions.lookup.subdomains;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.core.addresses.OwnerAddress;

/**
 * What the read API asks about subdomains (read-api §5.1.2, §5.7, §7, §13). The subdomain index is
 * issue 10; until it provides a bean, {@link NoSubdomains} answers that none are known, which makes
 * every subdomain-shaped request answer as Core answered when it knew nothing.
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
}
