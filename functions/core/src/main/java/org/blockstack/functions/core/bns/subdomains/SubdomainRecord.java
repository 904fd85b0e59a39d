package org.blockstack.functions.core.bns.subdomains;

import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.names.NameSyntax;

/**
 * One subdomain record as a parent's zone file carried it (read-api §13.1): the subdomain, its
 * owner address as written, its sequence number, its own zone file and the optional signature,
 * with where it was found: the announcement of the carrying zone file and the record's
 * {@code offset} among the subdomain records parsed from that file.
 *
 * @param fqn            the subdomain, e.g. {@code bob.alice.id}
 * @param owner          the {@code owner=} value (a base58check address when well formed)
 * @param sequence       the {@code seqn=} value
 * @param zonefileBase64 the subdomain's zone file, base64 (standard alphabet, padded)
 * @param signature      the {@code sig=} value, or null when the record has none
 * @param carrier        the parent zone file's announcement ({@code carrier.name()} is the domain)
 * @param offset         position among the file's parsed subdomain records, from 0
 * @param resolver       the carrying zone file's {@code _resolver} URI target, or null
 * @param missing        the carrying zone file's {@code _missing} list (indexes it declares missing)
 */
public record SubdomainRecord(String fqn, String owner, long sequence, String zonefileBase64, String signature,
        ZoneFileAnnouncement carrier, int offset, String resolver, List<Integer> missing) {

    /** Chain order: the carrying zone files' positions, then the records' places in their file. */
    public static final Comparator<SubdomainRecord> CHAIN_ORDER = Comparator
            .comparing(SubdomainRecord::carrier, ZoneFileAnnouncement.CHAIN_ORDER)
            .thenComparingInt(SubdomainRecord::offset);

    public SubdomainRecord {
        if (!NameSyntax.isValidSubdomain(fqn)) {
            throw new IllegalArgumentException("not a subdomain name: " + fqn);
        }
        if (owner == null || zonefileBase64 == null || carrier == null) {
            throw new IllegalArgumentException("a subdomain record needs its owner, zone file and carrier");
        }
        missing = List.copyOf(missing);
    }

    /** The name whose zone file carried this record. */
    public String domain() {
        return carrier.name();
    }

    /** The name the subdomain belongs to: its fqn without the leaf. */
    public String parent() {
        return NameSyntax.parentOf(fqn);
    }

    /**
     * A record carried by a zone file of some other name than its parent (read-api §13.1): it may
     * update a subdomain but never create it or change its owner.
     */
    public boolean independent() {
        return !fqn.endsWith("." + domain());
    }

    public byte[] zonefile() {
        return Base64.getDecoder().decode(zonefileBase64);
    }

    /** hash160 of the subdomain's own zone file, 40 hex. */
    public String zonefileHash() {
        return BnsHashes.valueHash(zonefile());
    }

    public Optional<String> signatureIfAny() {
        return Optional.ofNullable(signature);
    }
}
