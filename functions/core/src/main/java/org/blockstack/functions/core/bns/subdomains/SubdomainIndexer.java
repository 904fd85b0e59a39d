package org.blockstack.functions.core.bns.subdomains;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Indexes the subdomain records of parent zone files as they become available, in any order
 * (read-api §13.2): the records are stored, then every subdomain they touch is judged again from
 * all of its stored records. A zone file that arrives late thus takes its place in chain order,
 * and the result is the one its earlier arrival would have given.
 */
public final class SubdomainIndexer {
    private final SubdomainStore store;

    public SubdomainIndexer(SubdomainStore store) {
        this.store = store;
    }

    /** What one zone file contributed. */
    public record Indexed(ZoneFileAnnouncement carrier, int records, Set<String> subdomains, Optional<String> problem) {
    }

    /** Indexes the zone file {@code zoneFile} that {@code carrier} announced. */
    public Indexed index(ZoneFileAnnouncement carrier, byte[] zoneFile) {
        SubdomainZoneFiles.Decoded decoded = SubdomainZoneFiles.decode(carrier, zoneFile);
        store.addRecords(decoded.records());
        Set<String> touched = new LinkedHashSet<>();
        for (SubdomainRecord record : decoded.records()) {
            touched.add(record.fqn());
        }
        for (String fqn : touched) {
            rejudge(fqn);
        }
        return new Indexed(carrier, decoded.records().size(), touched, decoded.problem());
    }

    /** Judges {@code fqn} again from every stored record of it. */
    public SubdomainRules.Outcome rejudge(String fqn) {
        var records = store.recordsOf(fqn);
        SubdomainRules.Outcome outcome = SubdomainRules.judge(records);
        store.saveOutcome(fqn, outcome, records.size());
        return outcome;
    }
}
