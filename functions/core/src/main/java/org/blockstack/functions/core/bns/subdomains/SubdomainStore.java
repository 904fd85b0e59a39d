package org.blockstack.functions.core.bns.subdomains;

import java.util.List;

/**
 * Where the subdomain indexer keeps records and their judgements. Records are only ever added
 * (a record is identified by its subdomain and the position of its carrying zone file), so the
 * records of one subdomain grow over time and their count identifies the set a judgement saw.
 */
public interface SubdomainStore {
    /** A stored record, the verdict last saved for it and how many records that judgement saw (0: none yet). */
    record Stored(SubdomainRecord record, boolean accepted, int basis) {
    }

    /** Stores records; storing one that is already there changes nothing. */
    void addRecords(List<SubdomainRecord> records);

    /** Every stored record of {@code fqn}, strongly consistent, any order. */
    List<Stored> recordsOf(String fqn);

    /**
     * Saves the judgement of {@code fqn}'s records made from {@code basis} records: the verdicts
     * of {@code changed} (the records whose saved verdict or basis differ) and the subdomain's
     * current state. A judgement made from fewer records than one already saved is stale and must
     * not overwrite it.
     */
    void saveOutcome(String fqn, SubdomainRules.Outcome outcome, int basis, List<SubdomainRules.Judged> changed);
}
