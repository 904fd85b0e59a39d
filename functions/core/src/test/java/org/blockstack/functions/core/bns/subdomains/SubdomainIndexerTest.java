package org.blockstack.functions.core.bns.subdomains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.ALICE;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.BOB;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.CAROL;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.at;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.txt;
import static org.blockstack.functions.core.bns.subdomains.SubdomainFixtures.zoneFile;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubdomainIndexerTest {
    private static final String PARENT = "reg.id";
    private static final String BOB_SUB = "bob.reg.id";

    private InMemorySubdomainStore store;
    private SubdomainIndexer indexer;

    @BeforeEach
    void setUp() {
        store = new InMemorySubdomainStore();
        indexer = new SubdomainIndexer(store);
    }

    private SubdomainIndexer.Indexed index(String name, int height, String... lines) {
        return indexer.index(at(name, height, 1), zoneFile(name, List.of(lines)));
    }

    private List<Boolean> acceptance(String fqn) {
        return store.outcome(fqn).orElseThrow().history().stream().map(SubdomainRules.Judged::accepted).toList();
    }

    private SubdomainRecord current(String fqn) {
        return store.currentRecords().get(fqn);
    }

    @Test
    void aBatchRegistersEverySubdomainWithSequenceZero() {
        var indexed = index(PARENT, 10, txt("a.reg.id", PARENT, ALICE, 0, null), txt("b.reg.id", PARENT, BOB, 0, null),
                txt("c.reg.id", PARENT, CAROL, 1, null));

        assertThat(indexed.records()).isEqualTo(3);
        assertThat(store.currentRecords()).containsOnlyKeys("a.reg.id", "b.reg.id");
        assertThat(current("b.reg.id").owner()).isEqualTo(BOB.address());
        assertThat(acceptance("c.reg.id")).containsExactly(false);
    }

    @Test
    void anUpdateNeedsTheNextSequenceAndTheCurrentOwnersSignature() {
        index(PARENT, 10, txt(BOB_SUB, PARENT, BOB, 0, null));
        index(PARENT, 11, txt(BOB_SUB, PARENT, BOB, 2, BOB));
        index(PARENT, 12, txt(BOB_SUB, PARENT, BOB, 1, CAROL));
        index(PARENT, 13, txt(BOB_SUB, PARENT, BOB, 1, null));
        index(PARENT, 14, txt(BOB_SUB, PARENT, BOB, 1, BOB));
        index(PARENT, 15, txt(BOB_SUB, PARENT, BOB, 1, BOB));

        assertThat(acceptance(BOB_SUB)).containsExactly(true, false, false, false, true, false);
        assertThat(current(BOB_SUB).sequence()).isEqualTo(1);
        assertThat(current(BOB_SUB).carrier().height()).isEqualTo(14);
    }

    @Test
    void aTransferHandsTheNextUpdateToTheNewOwner() {
        index(PARENT, 10, txt(BOB_SUB, PARENT, BOB, 0, null));
        index(PARENT, 11, txt(BOB_SUB, PARENT, CAROL, 1, BOB));
        index(PARENT, 12, txt(BOB_SUB, PARENT, CAROL, 2, BOB));
        index(PARENT, 13, txt(BOB_SUB, PARENT, CAROL, 2, CAROL));

        assertThat(acceptance(BOB_SUB)).containsExactly(true, true, false, true);
        assertThat(current(BOB_SUB).owner()).isEqualTo(CAROL.address());
        assertThat(store.outcome(BOB_SUB).orElseThrow().creation().orElseThrow().owner()).isEqualTo(BOB.address());
    }

    @Test
    void anotherNamesZoneFileMayUpdateButNeitherCreateNorTransfer() {
        index("other.id", 9, txt(BOB_SUB, "other.id", BOB, 0, null));
        index(PARENT, 10, txt(BOB_SUB, PARENT, BOB, 0, null));
        index("other.id", 11, txt(BOB_SUB, "other.id", BOB, 1, BOB));
        index("other.id", 12, txt(BOB_SUB, "other.id", CAROL, 2, BOB));

        assertThat(acceptance(BOB_SUB)).containsExactly(false, true, true, false);
        assertThat(current(BOB_SUB).domain()).isEqualTo("other.id");
        assertThat(current(BOB_SUB).owner()).isEqualTo(BOB.address());
    }

    @Test
    void severalOperationsOnOneSubdomainInOneFileKeepOnlyTheLowestSequence() {
        index(PARENT, 10, txt(BOB_SUB, PARENT, BOB, 0, null), txt(BOB_SUB, PARENT, CAROL, 1, BOB));
        assertThat(acceptance(BOB_SUB)).containsExactly(true);

        index(PARENT, 11, txt(BOB_SUB, PARENT, CAROL, 1, BOB));
        assertThat(acceptance(BOB_SUB)).containsExactly(true, true);
    }

    @Test
    void aLateZoneFileTakesItsPlaceInChainOrder() {
        String update = txt(BOB_SUB, PARENT, CAROL, 1, BOB);
        String rivalUpdate = txt(BOB_SUB, PARENT, ALICE, 1, BOB);
        index(PARENT, 12, rivalUpdate);
        assertThat(store.currentRecords()).isEmpty();

        index(PARENT, 10, txt(BOB_SUB, PARENT, BOB, 0, null));
        assertThat(current(BOB_SUB).owner()).isEqualTo(ALICE.address());

        // an earlier update with the same sequence arrives last: the earliest in chain order wins
        index(PARENT, 11, update);
        assertThat(acceptance(BOB_SUB)).containsExactly(true, true, false);
        assertThat(current(BOB_SUB).owner()).isEqualTo(CAROL.address());
    }

    @Test
    void indexingTheSameZoneFileAgainChangesNothing() {
        index(PARENT, 10, txt(BOB_SUB, PARENT, BOB, 0, null));
        index(PARENT, 11, txt(BOB_SUB, PARENT, CAROL, 1, BOB));
        var before = store.histories();

        index(PARENT, 11, txt(BOB_SUB, PARENT, CAROL, 1, BOB));

        assertThat(store.histories()).isEqualTo(before);
    }

    @Test
    void aStaleJudgementDoesNotOverwriteANewerOne() {
        index(PARENT, 10, txt(BOB_SUB, PARENT, BOB, 0, null));
        index(PARENT, 11, txt(BOB_SUB, PARENT, CAROL, 1, BOB));
        var newer = store.outcome(BOB_SUB).orElseThrow();

        store.saveOutcome(BOB_SUB, SubdomainRules.judge(List.of()), 1, List.of());

        assertThat(store.outcome(BOB_SUB)).contains(newer);
    }

    @Test
    void takingBackAnUpdateRestoresTheEarlierStateAndTheSameUpdateMinedAgainBringsItBack() {
        index(PARENT, 10, txt(BOB_SUB, PARENT, BOB, 0, null));
        ZoneFileAnnouncement update = at(PARENT, 11, 1);
        byte[] updateFile = zoneFile(PARENT, List.of(txt(BOB_SUB, PARENT, CAROL, 1, BOB)));
        indexer.index(update, updateFile);
        assertThat(current(BOB_SUB).owner()).isEqualTo(CAROL.address());

        indexer.takeBack(update, updateFile);
        assertThat(current(BOB_SUB).owner()).as("the earlier state returns").isEqualTo(BOB.address());
        assertThat(acceptance(BOB_SUB)).containsExactly(true);
        // a later update signed by the restored owner is accepted in the dropped update's place
        index(PARENT, 12, txt(BOB_SUB, PARENT, BOB, 1, BOB));
        assertThat(current(BOB_SUB).carrier().height()).isEqualTo(12);

        indexer.index(update, updateFile);
        assertThat(current(BOB_SUB).owner()).as("re-mined at the same position").isEqualTo(CAROL.address());
        assertThat(acceptance(BOB_SUB)).containsExactly(true, true, false);
    }

    @Test
    void takingBackTheOnlyRegistrationMakesTheSubdomainUnknown() {
        ZoneFileAnnouncement registration = at(PARENT, 10, 1);
        byte[] file = zoneFile(PARENT, List.of(txt(BOB_SUB, PARENT, BOB, 0, null)));
        indexer.index(registration, file);

        indexer.takeBack(registration, file);

        assertThat(store.currentRecords()).doesNotContainKey(BOB_SUB);
        assertThat(store.outcome(BOB_SUB)).isEmpty();
        assertThat(store.recordsOf(BOB_SUB)).singleElement().satisfies(stored -> {
            assertThat(stored.live()).isFalse();
            assertThat(stored.accepted()).isFalse();
        });
    }

    @Test
    void aTakeBackOfAnotherTransactionAtTheSamePositionLeavesTheRecordAlone() {
        ZoneFileAnnouncement registration = at(PARENT, 10, 1);
        indexer.index(registration, zoneFile(PARENT, List.of(txt(BOB_SUB, PARENT, BOB, 0, null))));

        indexer.takeBack(new ZoneFileAnnouncement(PARENT, registration.zonefileHash(), 10, 1, "ff".repeat(32)),
                List.of(BOB_SUB));

        assertThat(current(BOB_SUB).owner()).isEqualTo(BOB.address());
    }
}
