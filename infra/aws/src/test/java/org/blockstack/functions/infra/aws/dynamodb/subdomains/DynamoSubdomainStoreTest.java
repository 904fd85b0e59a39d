package org.blockstack.functions.infra.aws.dynamodb.subdomains;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.blockstack.functions.core.addresses.BitcoinAddresses;
import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.bns.subdomains.InMemorySubdomainStore;
import org.blockstack.functions.core.bns.subdomains.SubdomainIndexer;
import org.blockstack.functions.core.bns.subdomains.SubdomainRecord;
import org.blockstack.functions.core.bns.subdomains.SubdomainRules;
import org.blockstack.functions.core.bns.subdomains.SubdomainStore;
import org.blockstack.functions.core.bns.subdomains.SubdomainTxtRecords;
import org.blockstack.functions.core.bns.subdomains.ZoneFileAnnouncement;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.emulators.DynaliteServer;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.TableProvisioner;
import org.blockstack.functions.infra.aws.dynamodb.bns.HistoryItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The subdomain store and its read queries through the AWS SDK against dynalite. */
class DynamoSubdomainStoreTest {
    private static final String KEY_A = key("a");
    private static final String KEY_B = key("b");
    private static DynaliteServer dynalite;
    private static DynamoDbClient client;
    private static DynamoDbEnhancedClient enhanced;
    private static int tablePrefixes;

    @BeforeAll
    static void start() {
        dynalite = DynaliteServer.startInMemory();
        client = AwsClients.dynamoDb(new AwsSettings("us-east-1", Optional.of(dynalite.endpoint()), Optional.empty(),
                Optional.of(new AwsSettings.StaticKeys("local", "local"))));
        enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
    }

    @AfterAll
    static void stop() {
        client.close();
        dynalite.close();
    }

    private static TableNames freshTables() {
        TableNames names = new TableNames("sub" + (tablePrefixes++) + "-");
        TableProvisioner.ensureTables(client, names);
        return names;
    }

    private static String key(String seed) {
        return HexFormat.of().formatHex(Hashes.sha256(seed.getBytes(StandardCharsets.UTF_8)));
    }

    private static String address(String privateKey) {
        return BitcoinAddresses.ofPublicKey(HexFormat.of().parseHex(new Es256kSigner(privateKey).publicKeyHex()));
    }

    private record Announced(ZoneFileAnnouncement carrier, byte[] zoneFile) {
    }

    private static Announced zoneFile(String name, int height, String... lines) {
        StringBuilder text = new StringBuilder("$ORIGIN " + name + "\n$TTL 3600\n"
                + "_resolver\tIN\tURI\t10\t1\t\"https://registrar.example.org\"\n");
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return new Announced(new ZoneFileAnnouncement(name, "11".repeat(20), height, 2,
                String.format("%064x", height)), text.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static String txt(String fqn, String carrier, String ownerKey, long sequence, String signerKey) {
        return SubdomainTxtRecords.txt(fqn, carrier, address(ownerKey), sequence,
                ("$ORIGIN " + fqn + "\n$TTL 3600\n").getBytes(StandardCharsets.US_ASCII), signerKey);
    }

    /** Registrations, an update, a transfer, an independent update and rejected records, in chain order. */
    private static List<Announced> chain() {
        return List.of(
                zoneFile("reg.id", 10, txt("ann.reg.id", "reg.id", KEY_A, 0, null),
                        txt("ben.reg.id", "reg.id", KEY_A, 0, null), txt("cat.reg.id", "reg.id", KEY_B, 3, null)),
                zoneFile("reg.id", 11, txt("ann.reg.id", "reg.id", KEY_B, 1, KEY_A),
                        txt("ben.reg.id", "reg.id", KEY_A, 1, KEY_B)),
                zoneFile("other.id", 12, txt("ann.reg.id", "other.id", KEY_B, 2, KEY_B)),
                zoneFile("reg.id", 13, txt("ben.reg.id", "reg.id", KEY_A, 1, KEY_A)));
    }

    @Test
    void zoneFilesInAnyOrderGiveTheInMemoryChainOrderResult() {
        InMemorySubdomainStore expected = new InMemorySubdomainStore();
        chain().forEach(announced -> new SubdomainIndexer(expected).index(announced.carrier(), announced.zoneFile()));
        TableNames names = freshTables();
        DynamoSubdomainStore store = new DynamoSubdomainStore(client, enhanced, names);
        List<Announced> reversed = new ArrayList<>(chain());
        java.util.Collections.reverse(reversed);

        reversed.forEach(announced -> new SubdomainIndexer(store).index(announced.carrier(), announced.zoneFile()));

        SubdomainReadIndex reads = new SubdomainReadIndex(client, enhanced, names);
        assertThat(reads.page(0, 100)).containsExactlyElementsOf(expected.currentRecords().keySet());
        assertThat(reads.count()).isEqualTo(2);
        for (var entry : expected.histories().entrySet()) {
            assertThat(reads.records(entry.getKey()))
                    .extracting(item -> SubdomainItems.record(item), SubdomainRecordItem::getAccepted)
                    .containsExactlyElementsOf(entry.getValue().stream()
                            .map(judged -> org.assertj.core.groups.Tuple.tuple(judged.record(), judged.accepted()))
                            .toList());
        }
        expected.currentRecords().forEach((fqn, current) -> {
            SubdomainItem item = reads.find(fqn).orElseThrow();
            assertThat(item.getOwner()).isEqualTo(current.owner());
            assertThat(item.getSequence()).isEqualTo(current.sequence());
            assertThat(item.getTxid()).isEqualTo(current.carrier().txid());
            assertThat(item.getZonefileHash()).isEqualTo(current.zonefileHash());
            assertThat(item.getResolver()).isEqualTo("https://registrar.example.org");
        });
        // ann went to B (an update from another name's file kept B); ben stayed with A
        assertThat(reads.ownedBy(SubdomainItems.ownerKey(address(KEY_B)))).containsExactly("ann.reg.id");
        assertThat(reads.ownedBy(SubdomainItems.ownerKey(address(KEY_A)))).containsExactly("ben.reg.id");
        assertThat(reads.ofParent("reg.id")).containsExactly("ann.reg.id", "ben.reg.id");
        assertThat(reads.find("cat.reg.id")).isEmpty();
        assertThat(reads.inTransaction(String.format("%064x", 10))).extracting(SubdomainRecordItem::getFqn,
                SubdomainRecordItem::getAccepted).containsExactly(org.assertj.core.groups.Tuple.tuple("ann.reg.id", true),
                        org.assertj.core.groups.Tuple.tuple("ben.reg.id", true),
                        org.assertj.core.groups.Tuple.tuple("cat.reg.id", false));
        // both were created by A: ann first (offset 0), then ben
        assertThat(reads.creationsBefore(reads.find("ann.reg.id").orElseThrow())).isZero();
        assertThat(reads.creationsBefore(reads.find("ben.reg.id").orElseThrow())).isEqualTo(1);
        String creatorA = SubdomainItems.ownerKey(address(KEY_A));
        assertThat(reads.createdBy(creatorA, 1)).hasValueSatisfying(item ->
                assertThat(item.getFqn()).isEqualTo("ben.reg.id"));
        assertThat(reads.createdBy(creatorA, 2)).isEmpty();
    }

    @Test
    void aZoneFileIsIndexedAtEveryOperationThatAnnouncedItsHash() {
        TableNames names = freshTables();
        Announced creation = chain().get(0);
        String hash = HexFormat.of().formatHex(Hashes.hash160(
                creation.zoneFile()));
        var history = enhanced.table(names.of(HistoryItem.TABLE), HistoryItem.SCHEMA);
        history.putItem(historyRow("reg.id", 10, "NAME_REGISTRATION", hash));
        history.putItem(historyRow("reg.id", 11, "NAME_TRANSFER", hash));
        history.putItem(historyRow("copy.id", 12, "NAME_UPDATE", hash));
        ZoneFileArrivals arrivals = new ZoneFileArrivals(enhanced, names,
                new SubdomainIndexer(new DynamoSubdomainStore(client, enhanced, names)));

        assertThat(arrivals.announcements(hash)).extracting(ZoneFileAnnouncement::name, ZoneFileAnnouncement::height)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("reg.id", 10),
                        org.assertj.core.groups.Tuple.tuple("copy.id", 12));
        var indexed = arrivals.arrived(creation.zoneFile());

        // the copy under another name's $ORIGIN-mismatched announcement carries nothing
        assertThat(indexed).extracting(SubdomainIndexer.Indexed::records).containsExactly(3, 0);
        SubdomainReadIndex reads = new SubdomainReadIndex(client, enhanced, names);
        assertThat(reads.ofParent("reg.id")).containsExactly("ann.reg.id", "ben.reg.id");
        assertThat(reads.find("ann.reg.id").orElseThrow().getTxid()).isEqualTo(String.format("%064x", 10));
    }

    @Test
    void syncsAnnouncementsIndexStoredZoneFilesAndPassEveryEventOn() throws Exception {
        TableNames names = freshTables();
        Announced creation = chain().get(0);
        String stored = HexFormat.of().formatHex(Hashes.hash160(
                creation.zoneFile()));
        List<org.blockstack.functions.infra.aws.events.BnsEvent> passedOn = new ArrayList<>();
        SubdomainIndexingSink sink = new SubdomainIndexingSink(passedOn::addAll,
                hash -> hash.equals(stored) ? Optional.of(creation.zoneFile()) : Optional.empty(),
                new ZoneFileArrivals(enhanced, names, new SubdomainIndexer(new DynamoSubdomainStore(client, enhanced,
                        names))));
        var events = List.of(
                new org.blockstack.functions.infra.aws.events.BnsEvent("NAME_REGISTRATION", "reg.id", "id", 10, 2,
                        String.format("%064x", 10), java.util.Map.of("valueHash", stored)),
                new org.blockstack.functions.infra.aws.events.BnsEvent("NAME_UPDATE", "reg.id", "id", 11, 2,
                        String.format("%064x", 11), java.util.Map.of("valueHash", "22".repeat(20))),
                new org.blockstack.functions.infra.aws.events.BnsEvent("NAME_TRANSFER", "reg.id", "id", 12, 2,
                        String.format("%064x", 12), java.util.Map.of("valueHash", stored)));

        sink.publish(events);

        assertThat(passedOn).isEqualTo(events);
        SubdomainReadIndex reads = new SubdomainReadIndex(client, enhanced, names);
        assertThat(reads.ofParent("reg.id")).containsExactly("ann.reg.id", "ben.reg.id");
        assertThat(reads.records("ann.reg.id")).extracting(SubdomainRecordItem::getHeight).containsExactly(10);
    }

    private static HistoryItem historyRow(String name, int height, String opcode, String valueHash) {
        HistoryItem row = new HistoryItem();
        row.setSubject(name);
        row.setPosition(HistoryItem.position(height, 2));
        row.setHeight(height);
        row.setVtxindex(2);
        row.setTxid(String.format("%064x", height));
        row.setOpcode(opcode);
        row.setRecordType("name");
        row.setValueHash(valueHash);
        return row;
    }

    /** A store on tables of its own, its indexer and the read queries over it. */
    private record FreshIndex(DynamoSubdomainStore store, SubdomainIndexer indexer, SubdomainReadIndex reads) {
        static FreshIndex create() {
            TableNames names = freshTables();
            DynamoSubdomainStore store = new DynamoSubdomainStore(client, enhanced, names);
            return new FreshIndex(store, new SubdomainIndexer(store), new SubdomainReadIndex(client, enhanced, names));
        }
    }

    /** The live records of {@code fqn} as an indexing instance reads them now (none orphaned before). */
    private static List<SubdomainRecord> recordsNow(DynamoSubdomainStore store, String fqn) {
        return store.recordsOf(fqn).stream().map(SubdomainStore.Stored::record).toList();
    }

    /** Saves, late, the judgement an instance made from {@code seen} (records never orphaned: basis = count). */
    private static void saveLate(DynamoSubdomainStore store, String fqn, List<SubdomainRecord> seen) {
        SubdomainRules.Outcome stale = SubdomainRules.judge(seen);
        store.saveOutcome(fqn, stale, seen.size(), stale.history());
    }

    @Test
    void aStaleJudgementNeverOverwritesOneFromMoreRecords() {
        TableNames names = freshTables();
        DynamoSubdomainStore store = new DynamoSubdomainStore(client, enhanced, names);
        SubdomainIndexer indexer = new SubdomainIndexer(store);
        Announced creation = chain().get(0);
        Announced transfer = chain().get(1);
        indexer.index(creation.carrier(), creation.zoneFile());
        List<SubdomainRecord> seenEarly = recordsNow(store, "ann.reg.id");
        indexer.index(transfer.carrier(), transfer.zoneFile());

        // an instance that read only the first record finishes last
        saveLate(store, "ann.reg.id", seenEarly);

        SubdomainReadIndex reads = new SubdomainReadIndex(client, enhanced, names);
        assertThat(reads.find("ann.reg.id").orElseThrow().getOwner()).isEqualTo(address(KEY_B));
        assertThat(reads.records("ann.reg.id")).extracting(SubdomainRecordItem::getAccepted).containsExactly(true, true);

        // indexing a zone file again leaves everything as it was
        indexer.index(creation.carrier(), creation.zoneFile());
        assertThat(reads.find("ann.reg.id").orElseThrow().getOwner()).isEqualTo(address(KEY_B));
        assertThat(reads.records("ann.reg.id")).hasSize(2);
    }

    @Test
    void aTakenBackUpdateVanishesFromEveryReadAndComesBackWhenMinedAgain() {
        FreshIndex fresh = FreshIndex.create();
        DynamoSubdomainStore store = fresh.store();
        SubdomainIndexer indexer = fresh.indexer();
        SubdomainReadIndex reads = fresh.reads();
        Announced creation = chain().get(0);
        Announced transfer = chain().get(1);
        indexer.index(creation.carrier(), creation.zoneFile());
        indexer.index(transfer.carrier(), transfer.zoneFile());
        List<SubdomainRecord> seenBefore = recordsNow(store, "ann.reg.id");

        indexer.takeBack(transfer.carrier(), transfer.zoneFile());
        // an instance that judged both records before the take-back finishes last
        saveLate(store, "ann.reg.id", seenBefore);

        assertThat(reads.find("ann.reg.id").orElseThrow().getOwner()).isEqualTo(address(KEY_A));
        assertThat(reads.records("ann.reg.id")).extracting(SubdomainRecordItem::getHeight).containsExactly(10);
        assertThat(reads.inTransaction(transfer.carrier().txid())).isEmpty();
        assertThat(reads.ownedBy(SubdomainItems.ownerKey(address(KEY_B)))).isEmpty();

        indexer.index(transfer.carrier(), transfer.zoneFile());
        assertThat(reads.find("ann.reg.id").orElseThrow().getOwner()).isEqualTo(address(KEY_B));
        assertThat(reads.inTransaction(transfer.carrier().txid())).extracting(SubdomainRecordItem::getFqn)
                .containsExactly("ann.reg.id", "ben.reg.id");
    }

    @Test
    void aTakenBackRegistrationLeavesNoSubdomainAndAStaleJudgementCannotBringItBack() {
        FreshIndex fresh = FreshIndex.create();
        Announced creation = chain().get(0);
        fresh.indexer().index(creation.carrier(), creation.zoneFile());
        List<SubdomainRecord> seenBefore = recordsNow(fresh.store(), "ann.reg.id");

        fresh.indexer().takeBack(creation.carrier(), creation.zoneFile());
        saveLate(fresh.store(), "ann.reg.id", seenBefore);

        SubdomainReadIndex reads = fresh.reads();

        assertThat(reads.find("ann.reg.id")).isEmpty();
        assertThat(reads.ofParent("reg.id")).isEmpty();
        assertThat(reads.count()).isZero();
        assertThat(reads.page(0, 100)).isEmpty();
        assertThat(reads.records("ann.reg.id")).isEmpty();
    }

    @Test
    void aPublishedZoneFileWhoseAnnouncementWasTakenBackMeanwhileIsTakenBackWhenSettled() {
        TableNames names = freshTables();
        Announced creation = chain().get(0);
        String hash = HexFormat.of().formatHex(Hashes.hash160(creation.zoneFile()));
        var history = enhanced.table(names.of(HistoryItem.TABLE), HistoryItem.SCHEMA);
        HistoryItem announcement = historyRow("reg.id", 10, "NAME_REGISTRATION", hash);
        history.putItem(announcement);
        ZoneFileArrivals arrivals = new ZoneFileArrivals(enhanced, names,
                new SubdomainIndexer(new DynamoSubdomainStore(client, enhanced, names)));
        SubdomainReadIndex reads = new SubdomainReadIndex(client, enhanced, names);
        var indexed = arrivals.arrived(creation.zoneFile());

        arrivals.settle(indexed, creation.zoneFile());
        assertThat(reads.ofParent("reg.id")).as("still on the chain").containsExactly("ann.reg.id", "ben.reg.id");

        // sync took the registration back after the file's announcements were read
        history.deleteItem(announcement);
        arrivals.settle(indexed, creation.zoneFile());
        assertThat(reads.find("ann.reg.id")).isEmpty();
        assertThat(reads.inTransaction(String.format("%064x", 10))).isEmpty();
    }
}
