package org.blockstack.functions.core.bns.subdomains;

import java.util.Collection;
import java.util.List;

/**
 * Where the subdomain indexer keeps records and their judgements. A record is identified by its
 * subdomain and the position of its carrying zone file. Records are never deleted: a chain
 * reorganisation that drops the carrying operation marks them orphaned, and the operation mined
 * again at that position makes them live again (decision I10-13). Every such change raises the
 * record's generation by one (1 when added, even while orphaned), so the sum of a subdomain's
 * generations grows with every change and identifies the state a judgement saw.
 */
public interface SubdomainStore {
    /**
     * A stored record, the verdict last saved for it, how many changes that judgement saw (0:
     * none yet) and the record's generation (odd: live, even: orphaned).
     */
    record Stored(SubdomainRecord record, boolean accepted, int basis, int generation) {
        public boolean live() {
            return generation % 2 == 1;
        }
    }

    /** Stores records; storing one that is live already changes nothing, storing an orphaned one revives it. */
    void addRecords(List<SubdomainRecord> records);

    /**
     * Marks the live records of {@code fqns} that {@code carrier}'s zone file carried (same position
     * and txid) orphaned; records that are absent, orphaned already or from another transaction
     * are left alone.
     */
    void orphan(ZoneFileAnnouncement carrier, Collection<String> fqns);

    /** Every stored record of {@code fqn}, live or orphaned, strongly consistent, any order. */
    List<Stored> recordsOf(String fqn);

    /**
     * Saves the judgement of {@code fqn}'s live records made when their generations summed to
     * {@code basis}: the verdicts of {@code changed} (the records whose saved verdict or basis
     * differ) and the subdomain's current state, or its absence when no record is accepted. A
     * judgement with a smaller basis than one already saved is stale and must not overwrite it.
     */
    void saveOutcome(String fqn, SubdomainRules.Outcome outcome, int basis, List<SubdomainRules.Judged> changed);
}
