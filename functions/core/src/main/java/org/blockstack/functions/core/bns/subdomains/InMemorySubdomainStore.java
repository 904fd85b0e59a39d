package org.blockstack.functions.core.bns.subdomains;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A {@link SubdomainStore} in memory: tests, benchmarks and the demo chain's expectations. */
public final class InMemorySubdomainStore implements SubdomainStore {
    /** A stored record and its generation (odd: live). */
    private record Entry(SubdomainRecord record, int generation) {
        boolean live() {
            return generation % 2 == 1;
        }
    }

    private final Map<String, Map<String, Entry>> records = new TreeMap<>();
    private final Map<String, SubdomainRules.Outcome> outcomes = new TreeMap<>();
    private final Map<String, Integer> bases = new HashMap<>();

    @Override
    public synchronized void addRecords(List<SubdomainRecord> added) {
        for (SubdomainRecord record : added) {
            records.computeIfAbsent(record.fqn(), fqn -> new HashMap<>())
                    .merge(record.carrier().position(), new Entry(record, 1),
                            (stored, fresh) -> stored.live() ? stored : new Entry(record, stored.generation() + 1));
        }
    }

    @Override
    public synchronized void orphan(ZoneFileAnnouncement carrier, Collection<String> fqns) {
        for (String fqn : fqns) {
            Map<String, Entry> ofFqn = records.get(fqn);
            if (ofFqn == null) {
                continue;
            }
            ofFqn.computeIfPresent(carrier.position(), (position, stored) ->
                    stored.live() && stored.record().carrier().txid().equals(carrier.txid())
                            ? new Entry(stored.record(), stored.generation() + 1) : stored);
        }
    }

    @Override
    public synchronized List<Stored> recordsOf(String fqn) {
        List<Stored> stored = new ArrayList<>();
        int basis = bases.getOrDefault(fqn, 0);
        Set<SubdomainRecord> accepted = outcome(fqn).map(o -> Set.copyOf(o.accepted())).orElse(Set.of());
        for (Entry entry : records.getOrDefault(fqn, Map.of()).values()) {
            SubdomainRecord record = entry.record();
            boolean judged = entry.live() && outcome(fqn)
                    .map(o -> o.history().stream().anyMatch(j -> j.record().equals(record))).orElse(false);
            stored.add(new Stored(record, judged && accepted.contains(record), judged ? basis : 0,
                    entry.generation()));
        }
        return stored;
    }

    @Override
    public synchronized void saveOutcome(String fqn, SubdomainRules.Outcome outcome, int basis,
            List<SubdomainRules.Judged> changed) {
        if (bases.getOrDefault(fqn, -1) > basis) {
            return;
        }
        bases.put(fqn, basis);
        if (outcome.history().isEmpty()) {
            // every record of it was taken back: as if none had been seen
            outcomes.remove(fqn);
        } else {
            outcomes.put(fqn, outcome);
        }
    }

    /** The current record of every subdomain with one, by name. */
    public synchronized Map<String, SubdomainRecord> currentRecords() {
        Map<String, SubdomainRecord> current = new TreeMap<>();
        outcomes.forEach((fqn, outcome) -> outcome.current().ifPresent(record -> current.put(fqn, record)));
        return current;
    }

    public synchronized Optional<SubdomainRules.Outcome> outcome(String fqn) {
        return Optional.ofNullable(outcomes.get(fqn));
    }

    /** Every judged record of every subdomain, by name, each history in chain order. */
    public synchronized Map<String, List<SubdomainRules.Judged>> histories() {
        Map<String, List<SubdomainRules.Judged>> histories = new TreeMap<>();
        outcomes.forEach((fqn, outcome) -> histories.put(fqn, outcome.history()));
        return histories;
    }
}
