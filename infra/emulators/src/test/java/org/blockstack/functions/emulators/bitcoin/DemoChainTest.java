package org.blockstack.functions.emulators.bitcoin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bitcoinj.core.Transaction;
import org.blockstack.functions.core.bns.BlockResult;
import org.blockstack.functions.core.bns.BnsBlockProcessor;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.RejectedOperation;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.operations.OperationContext;
import org.blockstack.functions.core.bns.operations.RejectReason;
import org.blockstack.functions.core.bns.state.BlockOverlay;
import org.blockstack.functions.core.bns.state.InMemoryBnsState;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.subdomains.InMemorySubdomainStore;
import org.blockstack.functions.core.bns.subdomains.SubdomainIndexer;
import org.blockstack.functions.core.bns.subdomains.SubdomainRules;
import org.blockstack.functions.core.bns.subdomains.ZoneFileAnnouncement;
import org.blockstack.functions.core.bns.wire.SpentOutput;
import org.blockstack.functions.core.bns.wire.SpentOutputs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo chain, fetched from the emulated Bitcoin Core REST interface the way sync fetches it
 * (blocks, and the transactions BNS candidates spend from), run through the BNS state machine in
 * memory: namespaces, names with owners and zone files, an expired and a revoked name.
 */
class DemoChainTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PROFILE_HOST = DemoChain.PROFILE_URL_PREFIX;
    private static final NetworkParams PARAMS = NetworkParams.regtest().withOverrides(DemoChain.BNS_SETTINGS);
    private static DemoChain demo;
    private static InMemoryBnsState state;
    private static List<BlockResult> results;
    private static int transactionFetches;

    @BeforeAll
    static void processTheDemoChainFromRest() {
        demo = DemoChain.create();
        state = new InMemoryBnsState();
        results = new ArrayList<>();
        BnsExtractor extractor = new BnsExtractor(PARAMS);
        BnsBlockProcessor processor = new BnsBlockProcessor(PARAMS);
        try (BitcoinRestServer rest = BitcoinRestServer.start(demo.chain())) {
            SpentOutputs fromRest = (txid, vout) -> {
                transactionFetches++;
                Transaction tx = Transaction.read(ByteBuffer.wrap(get(rest.baseUrl(), "/rest/tx/" + txid + ".bin")));
                return new SpentOutput(tx.getOutput(vout).getScriptBytes(), tx.getOutput(vout).getValue().value);
            };
            for (int height = PARAMS.firstBlock(); height <= demo.chain().tipHeight(); height++) {
                String hash = new String(get(rest.baseUrl(), "/rest/blockhashbyheight/" + height + ".hex"),
                        StandardCharsets.US_ASCII).trim();
                byte[] raw = get(rest.baseUrl(), "/rest/block/" + hash + ".bin");
                BlockResult result = processor.process(state, height, extractor.extract(raw, height, fromRest));
                result.applyTo(state);
                results.add(result);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] get(URI base, String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OperationContext atTip() {
        return new OperationContext(PARAMS, demo.chain().tipHeight() + 1, new BlockOverlay(state), true);
    }

    @Test
    void theRegistrarsZoneFilesRegisterUpdateAndTransferSubdomains() {
        InMemorySubdomainStore store = new InMemorySubdomainStore();
        SubdomainIndexer indexer = new SubdomainIndexer(store);
        List<ZoneFileAnnouncement> announcements = new ArrayList<>();
        for (NameRecord name : state.names()) {
            state.history(name.name()).forEach(row -> ZoneFileAnnouncement.of(row).ifPresent(announcements::add));
        }
        assertThat(announcements).containsExactlyInAnyOrderElementsOf(demo.zonefileAnnouncements());
        assertThat(demo.heldBackZonefiles()).hasSize(1);
        for (ZoneFileAnnouncement announcement : announcements) {
            if (!demo.heldBackZonefiles().contains(announcement.zonefileHash())) {
                indexer.index(announcement, demo.zonefiles().get(announcement.zonefileHash())
                        .getBytes(StandardCharsets.UTF_8));
            }
        }

        var current = store.currentRecords();
        assertThat(current).containsOnlyKeys("ann.registrar.demo", "ben.registrar.demo", "dot.registrar.demo");
        assertThat(current.get("ann.registrar.demo").sequence()).isEqualTo(1);
        assertThat(new String(current.get("ann.registrar.demo").zonefile(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains("https://example.org/ann");
        SubdomainRules.Outcome ben = store.outcome("ben.registrar.demo").orElseThrow();
        assertThat(ben.current().orElseThrow().owner()).as("transferred")
                .isNotEqualTo(ben.creation().orElseThrow().owner());
        assertThat(store.histories().get("dot.registrar.demo")).extracting(SubdomainRules.Judged::accepted)
                .as("an update signed by the wrong key").containsExactly(true, false);
        current.values().forEach(record -> {
            assertThat(record.resolver()).isEqualTo(DemoChain.REGISTRAR_RESOLVER);
            assertThat(new String(record.zonefile(), java.nio.charset.StandardCharsets.ISO_8859_1)).contains(demo.profileUrlPrefix() + record.owner() + "/profile.json");
        });

        // the held-back zone file, published late, registers eve and updates ann in its place
        ZoneFileAnnouncement late = announcements.stream()
                .filter(announcement -> demo.heldBackZonefiles().contains(announcement.zonefileHash()))
                .findFirst().orElseThrow();
        indexer.index(late, demo.zonefiles().get(late.zonefileHash()).getBytes(StandardCharsets.UTF_8));
        assertThat(store.currentRecords()).containsKey("eve.registrar.demo");
        assertThat(store.currentRecords().get("ann.registrar.demo").sequence()).isEqualTo(2);
    }

    @Test
    void namespacesAreReady() {
        assertThat(state.namespaces()).extracting(NamespaceRecord::namespaceId).containsExactly("demo", "tmp");
        assertThat(state.namespaces()).allMatch(NamespaceRecord::isReady);
        assertThat(state.namespace("tmp").orElseThrow().version()).isEqualTo(NamespaceRecord.VERSION_PAY_TO_CREATOR);
    }

    @Test
    void namesHaveOwnersAndZoneFilesPointingAtProfiles() {
        OperationContext tip = atTip();
        List<NameRecord> live = state.names().stream().filter(n -> tip.isLive(n, tip.lastHeight())).toList();
        assertThat(live).hasSizeGreaterThanOrEqualTo(30);
        assertThat(live).allSatisfy(name -> assertThat(name.sender()).startsWith("76a914"));
        List<NameRecord> withZonefiles = live.stream().filter(n -> n.valueHash() != null).toList();
        assertThat(withZonefiles).hasSizeGreaterThanOrEqualTo(30);
        for (NameRecord name : withZonefiles) {
            String zonefile = demo.zonefiles().get(name.valueHash());
            assertThat(zonefile).as("zone file of %s", name.name()).isNotNull()
                    .startsWith("$ORIGIN " + name.name() + "\n")
                    .contains("URI\t10\t1\t\"" + DemoChain.PROFILE_URL_PREFIX).contains("/profile.json\"");
            assertThat(BnsHashes.valueHash(zonefile.getBytes(StandardCharsets.UTF_8))).isEqualTo(name.valueHash());
        }
        assertThat(state.name("satoshi.demo").orElseThrow().importer()).isNotNull();
        assertThat(state.name("judy.demo").orElseThrow().valueHash()).as("transferred, data cleared").isNull();
        assertThat(state.name("ivan.demo").orElseThrow().op()).isEqualTo(">>");
    }

    @Test
    void appendedNamesAreAllRegisteredWithZoneFilesOfRotatingOwners() {
        DemoChain more = DemoChain.create().appendNames(45, 20);
        // preorders of 20, 20 and 5 names, each batch registered in the block after
        assertThat(more.chain().tipHeight()).isEqualTo(demo.chain().tipHeight() + 4);
        Map<String, String> owners = new TreeMap<>();
        more.announcedZonefiles().values().stream().filter(text -> text.startsWith("$ORIGIN user")).forEach(text ->
                owners.put(text.substring(8, text.indexOf('\n')), text.substring(text.indexOf(PROFILE_HOST))));
        assertThat(owners).as("announced zone files of user<n>.demo").hasSize(45)
                .containsKeys("user0.demo", "user44.demo");
        assertThat(owners.get("user0.demo")).isEqualTo(owners.get("user19.demo"))
                .isNotEqualTo(owners.get("user20.demo"));
    }

    @Test
    void oneNameIsRevokedAndOneExpired() {
        OperationContext tip = atTip();
        assertThat(state.name("revoked.demo").orElseThrow().revoked()).isTrue();
        NameRecord soon = state.name("soon.tmp").orElseThrow();
        assertThat(tip.isLive(soon, tip.lastHeight())).as("soon.tmp is expired").isFalse();
        NameRecord kept = state.name("kept.tmp").orElseThrow();
        assertThat(tip.isLive(kept, tip.lastHeight())).as("kept.tmp was renewed").isTrue();
        assertThat(kept.op()).isEqualTo("::");
    }

    @Test
    void mostKindsOfRejectionOccur() {
        Set<RejectReason> seen = EnumSet.noneOf(RejectReason.class);
        results.forEach(r -> r.rejected().stream().map(RejectedOperation::reason).forEach(seen::add));
        assertThat(seen).containsAll(EnumSet.of(RejectReason.PREORDER_EXISTS, RejectReason.CONSENSUS_HASH_INVALID,
                RejectReason.WRONG_FEE_ADDRESS, RejectReason.TOKEN_TYPE_UNSUPPORTED, RejectReason.STACKS_NOT_ALLOWED,
                RejectReason.FEE_TOO_LOW, RejectReason.NAME_REVOKED, RejectReason.NAMESPACE_NOT_READY,
                RejectReason.NAMESPACE_NOT_REVEALED, RejectReason.NAMESPACE_EXISTS, RejectReason.PREORDER_NOT_FOUND,
                RejectReason.NAME_TAKEN, RejectReason.PREORDERED_BEFORE_READY, RejectReason.COLLISION,
                RejectReason.NAME_NOT_FOUND, RejectReason.NAME_CONSENSUS_HASH_UNRESOLVED, RejectReason.NOT_OWNER,
                RejectReason.NAME_EXPIRED, RejectReason.NAME_IN_GRACE_PERIOD, RejectReason.SENDER_IS_RECIPIENT,
                RejectReason.NOT_IMPORTER, RejectReason.NOT_REVEALER, RejectReason.NOT_ANNOUNCER));
        assertThat(results.stream().flatMap(r -> r.accepted().stream()).map(a -> a.opName()).distinct())
                .contains("NAMESPACE_PREORDER", "NAMESPACE_REVEAL", "NAME_IMPORT", "NAMESPACE_READY", "NAME_PREORDER",
                        "NAME_REGISTRATION", "NAME_UPDATE", "NAME_TRANSFER", "NAME_REVOKE", "NAME_RENEWAL", "ANNOUNCE");
        assertThat(transactionFetches).as("sender lookups went through /rest/tx").isGreaterThan(100);
    }

    @Test
    void theChainIsDeterministic() {
        DemoChain again = DemoChain.create();
        assertThat(again.chain().tip().getHash()).isEqualTo(demo.chain().tip().getHash());
        assertThat(again.zonefiles()).isEqualTo(demo.zonefiles());
        assertThat(demo.chain().tipHeight()).isEqualTo(DemoChain.LENGTH);
        assertThat(demo.chain().bnsSettings()).isEqualTo(DemoChain.BNS_SETTINGS);
    }
}
