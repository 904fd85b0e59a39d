package org.blockstack.functions.core.bns.subdomains;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /**
     * Takes back what {@code carrier}'s zone file contributed, when a chain reorganisation dropped
     * the operation: its records of {@code fqns} are orphaned and those subdomains judged again
     * from the records that remain, as if the zone file had never been seen (decision I10-13).
     */
    public void takeBack(ZoneFileAnnouncement carrier, Collection<String> fqns) {
        Set<String> touched = new LinkedHashSet<>(fqns);
        store.orphan(carrier, touched);
        for (String fqn : touched) {
            rejudge(fqn);
        }
    }

    /** {@link #takeBack(ZoneFileAnnouncement, Collection)} for the subdomains {@code zoneFile} carries. */
    public void takeBack(ZoneFileAnnouncement carrier, byte[] zoneFile) {
        takeBack(carrier, SubdomainZoneFiles.decode(carrier, zoneFile).records().stream().map(SubdomainRecord::fqn)
                .toList());
    }

    /**
     * Judges {@code fqn} again from every live stored record of it, and saves every verdict whose
     * value or basis changed (so each live record's verdict carries the newest basis and a stale
     * judgement cannot overwrite it) and the current state.
     */
    public SubdomainRules.Outcome rejudge(String fqn) {
        List<SubdomainStore.Stored> stored = store.recordsOf(fqn);
        int basis = stored.stream().mapToInt(SubdomainStore.Stored::generation).sum();
        Map<SubdomainRecord, SubdomainStore.Stored> before = new HashMap<>();
        stored.stream().filter(SubdomainStore.Stored::live).forEach(entry -> before.put(entry.record(), entry));
        SubdomainRules.Outcome outcome = SubdomainRules.judge(before.keySet());
        List<SubdomainRules.Judged> changed = new ArrayList<>();
        for (SubdomainRules.Judged judged : outcome.history()) {
            SubdomainStore.Stored saved = before.get(judged.record());
            if (saved.accepted() != judged.accepted() || saved.basis() != basis) {
                changed.add(judged);
            }
        }
        store.saveOutcome(fqn, outcome, basis, changed);
        return outcome;
    }
}
