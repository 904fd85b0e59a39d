package org.blockstack.functions.core.bns.subdomains;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The subdomain index is a function of the set of zone files whose announcements are on the chain:
 * whatever order they arrive in, and whatever reorganisations took others back in between, the
 * judged histories and current records are those of indexing the surviving ones in chain order.
 */
class SubdomainArrivalOrderProperties {
    private static final List<String> PARENTS = List.of("reg.id", "other.id");
    private static final List<String> LEAVES = List.of("ann", "ben", "cat");
    private static final List<SubdomainFixtures.Key> KEYS = List.of(SubdomainFixtures.ALICE, SubdomainFixtures.BOB,
            SubdomainFixtures.CAROL);

    /** One intended operation: on which subdomain, from which zone file, and how it may be wrong. */
    record Operation(int leaf, int carrier, int newOwner, Flaw flaw) {
    }

    enum Flaw { NONE, NONE_AGAIN, WRONG_SIGNER, SKIPPED_SEQUENCE, REPEATED_SEQUENCE }

    /** A zone file as announced: its carrier and lines. */
    record Announced(ZoneFileAnnouncement carrier, byte[] zoneFile) {
    }

    @Property(tries = 60)
    void anyArrivalOrderGivesTheChainOrderResult(@ForAll("operations") List<List<Operation>> zoneFiles,
            @ForAll long shuffleSeed) {
        List<Announced> chain = build(zoneFiles);
        List<Announced> arrival = new ArrayList<>(chain);
        Collections.shuffle(arrival, new Random(shuffleSeed));

        InMemorySubdomainStore inChainOrder = indexAll(chain);
        InMemorySubdomainStore inArrivalOrder = indexAll(arrival);

        assertThat(inArrivalOrder.histories()).isEqualTo(inChainOrder.histories());
        assertThat(inArrivalOrder.currentRecords()).isEqualTo(inChainOrder.currentRecords());
    }

    /** One step of sync or lookup: a zone file indexed at its announcement, or its announcement taken back. */
    record Step(int zoneFile, boolean takeBack) {
    }

    /**
     * Any interleaving of indexing and taking back, with every judgement written late and in any
     * order (as concurrent indexers' writes land), converges to the state of the surviving zone
     * files alone: the last step of each zone file says whether it survives.
     */
    @Property(tries = 60)
    void anyInterleavingOfAddsAndTakeBacksConvergesToTheSurvivingZoneFiles(
            @ForAll("operations") List<List<Operation>> zoneFiles,
            @ForAll("steps") List<Step> steps, @ForAll long replaySeed) {
        List<Announced> chain = build(zoneFiles);
        InMemorySubdomainStore store = new InMemorySubdomainStore();
        List<Runnable> judgementWrites = new ArrayList<>();
        SubdomainIndexer indexer = new SubdomainIndexer(new SubdomainStore() {
            @Override
            public void addRecords(List<SubdomainRecord> records) {
                store.addRecords(records);
            }

            @Override
            public void orphan(ZoneFileAnnouncement carrier, java.util.Collection<String> fqns) {
                store.orphan(carrier, fqns);
            }

            @Override
            public List<Stored> recordsOf(String fqn) {
                return store.recordsOf(fqn);
            }

            @Override
            public void saveOutcome(String fqn, SubdomainRules.Outcome outcome, int basis,
                    List<SubdomainRules.Judged> changed) {
                judgementWrites.add(() -> store.saveOutcome(fqn, outcome, basis, changed));
            }
        });
        Map<Integer, Boolean> survives = new HashMap<>();
        for (Step step : steps) {
            Announced announced = chain.get(step.zoneFile() % chain.size());
            if (step.takeBack()) {
                indexer.takeBack(announced.carrier(), announced.zoneFile());
            } else {
                indexer.index(announced.carrier(), announced.zoneFile());
            }
            survives.put(step.zoneFile() % chain.size(), !step.takeBack());
        }
        Collections.shuffle(judgementWrites, new Random(replaySeed));
        judgementWrites.forEach(Runnable::run);

        List<Announced> surviving = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            if (survives.getOrDefault(i, false)) {
                surviving.add(chain.get(i));
            }
        }
        InMemorySubdomainStore expected = indexAll(surviving);
        assertThat(store.histories()).isEqualTo(expected.histories());
        assertThat(store.currentRecords()).isEqualTo(expected.currentRecords());
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Combinators.combine(Arbitraries.integers().between(0, 6), Arbitraries.integers().between(0, 2))
                .as((zoneFile, kind) -> new Step(zoneFile, kind == 0)).list().ofMinSize(1).ofMaxSize(20);
    }

    private static InMemorySubdomainStore indexAll(List<Announced> zoneFiles) {
        InMemorySubdomainStore store = new InMemorySubdomainStore();
        SubdomainIndexer indexer = new SubdomainIndexer(store);
        for (Announced announced : zoneFiles) {
            indexer.index(announced.carrier(), announced.zoneFile());
        }
        return store;
    }

    @Provide
    Arbitrary<List<List<Operation>>> operations() {
        Arbitrary<Operation> operation = Combinators.combine(Arbitraries.integers().between(0, LEAVES.size() - 1),
                Arbitraries.integers().between(0, 4).map(i -> i == 4 ? 1 : 0),
                Arbitraries.integers().between(0, KEYS.size() - 1), Arbitraries.of(Flaw.class))
                .as(Operation::new);
        return operation.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(7);
    }

    /**
     * Zone files in chain order, each at its own height, written from the intended operations: a
     * subdomain's first operation registers it, later ones update or transfer it with the next
     * sequence number signed by its intended owner, unless the flaw says otherwise.
     */
    private static List<Announced> build(List<List<Operation>> zoneFiles) {
        Map<Integer, Long> sequences = new HashMap<>();
        Map<Integer, Integer> owners = new HashMap<>();
        List<Announced> chain = new ArrayList<>();
        int height = 100;
        for (List<Operation> operations : zoneFiles) {
            height++;
            String carrierName = PARENTS.get(operations.get(0).carrier());
            List<String> lines = new ArrayList<>();
            for (Operation operation : operations) {
                String fqn = LEAVES.get(operation.leaf()) + ".reg.id";
                Long sequence = sequences.get(operation.leaf());
                long next = sequence == null ? 0 : sequence + 1;
                SubdomainFixtures.Key signer = sequence == null ? null : KEYS.get(owners.get(operation.leaf()));
                switch (operation.flaw()) {
                    case WRONG_SIGNER -> signer = KEYS.get(signer == null ? 0 : (KEYS.indexOf(signer) + 1) % KEYS.size());
                    case SKIPPED_SEQUENCE -> next++;
                    case REPEATED_SEQUENCE -> next = Math.max(0, next - 1);
                    default -> { }
                }
                lines.add(txt(fqn, carrierName, KEYS.get(operation.newOwner()), next, signer));
                sequences.put(operation.leaf(), next);
                owners.put(operation.leaf(), operation.newOwner());
            }
            chain.add(new Announced(SubdomainFixtures.at(carrierName, height, 3),
                    SubdomainFixtures.zoneFile(carrierName, lines)));
        }
        return chain;
    }

    private static String txt(String fqn, String carrier, SubdomainFixtures.Key owner, long sequence,
            SubdomainFixtures.Key signer) {
        return SubdomainTxtRecords.txt(fqn, carrier, owner.address(), sequence,
                SubdomainFixtures.profileZoneFile(fqn.substring(0, fqn.indexOf('.')), "https://example.org/" + fqn
                        + "/" + sequence), signer == null ? null : signer.privateKeyHex());
    }
}
