package org.blockstack.functions.core.bns.subdomains;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.blockstack.functions.core.addresses.OwnerAddress;

/**
 * Which of a subdomain's records are accepted (read-api §13.2, decision I10-4): the records are
 * taken in chain order (carrying zone file's block and position, then place in the file); the
 * first accepted one is the first record with {@code seqn} 0 carried by the parent's own zone
 * file; after it, a record is accepted when its {@code seqn} is the last accepted one's plus one,
 * its signature verifies against the last accepted owner, and, if it changes the owner, it is not
 * independent. Everything else is rejected (kept, shown by {@code /v1/subdomains/{txid}}, never
 * used). The result depends only on the set of records, never on the order they were found in.
 */
public final class SubdomainRules {
    private SubdomainRules() {
    }

    /** A record and whether the rules accept it. */
    public record Judged(SubdomainRecord record, boolean accepted) {
    }

    /**
     * A subdomain's judged history in chain order, its current record (the last accepted) and its
     * creation (the first accepted); both empty when no record is accepted.
     */
    public record Outcome(List<Judged> history, Optional<SubdomainRecord> current, Optional<SubdomainRecord> creation) {
        public Outcome {
            history = List.copyOf(history);
        }

        public List<SubdomainRecord> accepted() {
            return history.stream().filter(Judged::accepted).map(Judged::record).toList();
        }
    }

    /** Judges every record of one subdomain; the records may come in any order. */
    public static Outcome judge(Collection<SubdomainRecord> recordsOfOneSubdomain) {
        List<SubdomainRecord> ordered = new ArrayList<>(recordsOfOneSubdomain);
        ordered.sort(SubdomainRecord.CHAIN_ORDER);
        List<Judged> history = new ArrayList<>();
        SubdomainRecord current = null;
        SubdomainRecord creation = null;
        for (SubdomainRecord record : ordered) {
            if (current != null && !record.fqn().equals(current.fqn())) {
                throw new IllegalArgumentException("records of two subdomains: " + current.fqn() + ", " + record.fqn());
            }
            boolean accepted = current == null ? isCreation(record) : isTransition(current, record);
            history.add(new Judged(record, accepted));
            if (accepted) {
                current = record;
                if (creation == null) {
                    creation = record;
                }
            }
        }
        return new Outcome(history, Optional.ofNullable(current), Optional.ofNullable(creation));
    }

    /** A first record: sequence 0, carried by the parent's own zone file. */
    static boolean isCreation(SubdomainRecord record) {
        return record.sequence() == 0 && !record.independent();
    }

    /** The next record after {@code current}: the following sequence number, signed by the current owner. */
    static boolean isTransition(SubdomainRecord current, SubdomainRecord next) {
        if (next.sequence() != current.sequence() + 1) {
            return false;
        }
        if (!SubdomainSignatures.verify(next, current.owner())) {
            return false;
        }
        return !next.independent() || sameOwner(current.owner(), next.owner());
    }

    /** The same owner whatever network's version byte each was written with, as the reference re-encodes. */
    public static boolean sameOwner(String one, String other) {
        Optional<OwnerAddress> first = OwnerAddress.fromBase58(one);
        Optional<OwnerAddress> second = OwnerAddress.fromBase58(other);
        if (first.isPresent() && second.isPresent()) {
            return first.equals(second);
        }
        return one.equals(other);
    }
}
