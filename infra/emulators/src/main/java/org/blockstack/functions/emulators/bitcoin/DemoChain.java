package org.blockstack.functions.emulators.bitcoin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import org.bitcoinj.base.Coin;
import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionOutPoint;
import org.bitcoinj.crypto.ECKey;
import org.bitcoinj.script.ScriptBuilder;
import org.blockstack.functions.core.bns.BlockResult;
import org.blockstack.functions.core.bns.BnsBlockProcessor;
import org.blockstack.functions.core.bns.BnsExtractor;
import org.blockstack.functions.core.bns.BnsTransactionBuilder;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.Built;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.Funding;
import org.blockstack.functions.core.bns.BnsTransactionBuilder.NamespaceRules;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.operations.NamePreorder;
import org.blockstack.functions.core.bns.operations.NamespacePreorder;
import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.InMemoryBnsState;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.subdomains.SubdomainTxtRecords;
import org.blockstack.functions.core.bns.subdomains.ZoneFileAnnouncement;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.TransactionIndex;
import org.blockstack.functions.core.chain.FillerTransactions;
import org.blockstack.functions.core.profile.ProfileTokenFile;
import org.blockstack.functions.core.tokens.Es256kSigner;

/**
 * The chain the main job serves when no external Bitcoin node is configured: a regtest chain
 * with real BNS history. Deterministic: every start builds the same blocks (bitcoinj signs with
 * RFC 6979 nonces), so a persisted index resumes against the same hashes.
 *
 * <p>Read with the {@link NetworkParams#regtest()} rules plus {@link #BNS_SETTINGS} (which the
 * local stack passes on): every BNS block is under the newest (epoch 6) rules. The story:
 * <ul>
 *   <li>101: the miner funds every participant from the first block reward;</li>
 *   <li>102–105: namespaces {@code demo} (pay-to-burn, .id-like prices) and {@code tmp}
 *       (pay-to-creator, lifetime 10 blocks) are preordered, revealed and readied;
 *       {@code satoshi.demo} and {@code hal.demo} are imported with zone files;</li>
 *   <li>106–107: 32 names are preordered and registered, half with a zone file hash;</li>
 *   <li>108–110: the others get zone files by NAME_UPDATE, three names are transferred,
 *       {@code revoked.demo} is revoked, {@code alice.demo} announces;</li>
 *   <li>129: {@code kept.tmp} is renewed in its grace period; {@code soon.tmp} expires at 133.</li>
 *   <li>140–144: {@code registrar.demo} carries subdomains: registrations, an update, a transfer, a
 *       rejected update, and a zone file held back from publication ({@link #subdomainStory()}).</li>
 * </ul>
 * On the way, most kinds of rejected operation occur once ({@code mallory} sends most of them).
 * Every zone file points at a {@code profile.json} under a Gaia read URL ({@link #PROFILE_URL_PREFIX}
 * unless another is given), and {@link #profileFiles()} holds those files, signed by each owner.
 */
public final class DemoChain {
    /** Blocks after genesis. */
    public static final int LENGTH = 150;
    /**
     * BNS settings the demo chain is read with: a 5-block grace period, so {@code soon.tmp}
     * expires within the chain, and {@code alice.demo} among the announcers.
     */
    public static final Map<String, String> BNS_SETTINGS = Map.of(
            "BNS_EPOCH_6_GRACE_PERIOD", "5",
            "BNS_ANNOUNCERS", "alice.demo");
    /** Where the zone files' profile URLs point by default: the default local server's Gaia read side. */
    public static final String PROFILE_URL_PREFIX = "http://127.0.0.1:8080/hub/";
    /** When the demo profiles say they were signed, and until when they are valid (fixed: the chain is deterministic). */
    static final Instant PROFILES_SIGNED = Instant.parse("2025-01-01T00:00:00Z");
    static final Instant PROFILES_EXPIRE = Instant.parse("2100-01-01T00:00:00Z");

    private static final NetworkParams PARAMS = NetworkParams.regtest().withOverrides(BNS_SETTINGS);
    private static final long NAME_FEE = 1_000_000;
    /** Above the price of any {@code user<n>.demo} (a 5-letter label costs 40,000), so 20,000 names fit in one block reward. */
    private static final long APPENDED_NAME_FEE = 100_000;
    private static final int MAX_APPENDED_NAMES = 20_000;
    private static final long FUNDING = Coin.COIN.value;
    private static final List<String> USERS = List.of("alice", "bob", "carol", "dave", "erin", "frank", "grace",
            "heidi");
    private static final List<String> MORE_NAMES = List.of("ivan", "judy", "ken", "leo", "mia", "nina", "oscar",
            "peggy", "quinn", "rupert", "sybil", "trent", "uma", "victor", "walter", "xena", "yuri", "zoe", "amber",
            "blake", "cora", "revoked");
    private static final NamespaceRules DEMO_RULES = new NamespaceRules(NetworkParams.BLOCKS_PER_YEAR, 250, 4,
            List.of(6, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 10, 10, 1);
    private static final NamespaceRules TMP_RULES = new NamespaceRules(10, 1, 2, Collections.nCopies(16, 1), 1, 1, 2);
    private static final String NO_CONSENSUS_HASH = "00000000000000000000000000000000";
    /** The registrar-style name whose zone files carry subdomains, and the block its story starts at. */
    public static final String REGISTRAR_NAME = "registrar.demo";
    public static final String REGISTRAR_RESOLVER = "https://registrar.example.org";
    private static final int SUBDOMAINS_FROM = 140;

    private final RegtestChain chain = RegtestChain.fromGenesis().withBnsSettings(BNS_SETTINGS);
    private final BnsTransactionBuilder builder = new BnsTransactionBuilder(PARAMS);
    private final BnsExtractor extractor = new BnsExtractor(PARAMS);
    private final BnsBlockProcessor processor = new BnsBlockProcessor(PARAMS);
    private final InMemoryBnsState state = new InMemoryBnsState();
    private final TransactionIndex transactions = new TransactionIndex();
    private final Map<String, ECKey> keys = new LinkedHashMap<>();
    private final Map<String, Funding> wallet = new LinkedHashMap<>();
    private final Map<String, String> zonefiles = new LinkedHashMap<>();
    private final List<Transaction> pending = new ArrayList<>();
    private final Set<String> heldBack = new LinkedHashSet<>();
    private final String profileUrlPrefix;

    private DemoChain(String profileUrlPrefix) {
        this.profileUrlPrefix = profileUrlPrefix;
    }

    /** The demo chain (with its BNS settings attached). */
    public static RegtestChain build() {
        return create().chain;
    }

    /** The demo chain and what went into it. */
    public static DemoChain create() {
        return create(PROFILE_URL_PREFIX);
    }

    /**
     * The demo chain with zone files whose profile URLs start with {@code profileUrlPrefix} (ending
     * in {@code /}): a different prefix makes different zone files, so different blocks.
     */
    public static DemoChain create(String profileUrlPrefix) {
        if (!profileUrlPrefix.endsWith("/")) {
            throw new IllegalArgumentException("a profile URL prefix ends with '/': " + profileUrlPrefix);
        }
        DemoChain demo = new DemoChain(profileUrlPrefix);
        demo.story();
        return demo;
    }

    public RegtestChain chain() {
        return chain;
    }

    /**
     * Every zone file the story wrote, by hash (hash160 of the text's bytes), including those of
     * operations the rules rejected, whose hashes no name ever had: publishing them must fail.
     */
    public Map<String, String> zonefiles() {
        return Collections.unmodifiableMap(zonefiles);
    }

    /** The zone files whose hash some accepted operation set as a name's value hash: what a node would hold. */
    public Map<String, String> announcedZonefiles() {
        Set<String> announced = new HashSet<>();
        for (NameRecord name : state.names()) {
            for (HistoryEntry row : state.history(name.name())) {
                if (row.record() instanceof NameRecord record && record.valueHash() != null) {
                    announced.add(record.valueHash());
                }
            }
        }
        Map<String, String> result = new LinkedHashMap<>(zonefiles);
        result.keySet().retainAll(announced);
        return Collections.unmodifiableMap(result);
    }

    /**
     * The Gaia files the zone files point at: for each participant, {@code <address>/profile.json}
     * holding a profile token signed with the participant's key, as {@code @stacks/profile} writes it.
     */
    public Map<String, String> profileFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String label : keys.keySet()) {
            if (label.equals("creator") || label.equals("revealer")) {
                continue;
            }
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("@type", "Person");
            profile.put("@context", "http://schema.org");
            profile.put("name", Character.toUpperCase(label.charAt(0)) + label.substring(1) + " (demo)");
            profile.put("description", "A participant of the Blockstack Functions demo chain");
            Es256kSigner signer = new Es256kSigner(keys.get(label).getPrivateKeyAsHex());
            String token = ProfileTokenFile.sign(profile, signer, "demo-profile-" + label, PROFILES_SIGNED,
                    PROFILES_EXPIRE);
            files.put(address(label) + "/profile.json", ProfileTokenFile.wrap(token));
        }
        return Collections.unmodifiableMap(files);
    }

    /** The Gaia read URL prefix the zone files' profile URLs start with. */
    public String profileUrlPrefix() {
        return profileUrlPrefix;
    }

    /** A participant's private key (hex), for tests that sign as them. */
    public String privateKeyOf(String label) {
        return key(label).getPrivateKeyAsHex();
    }

    /** A participant's address on the demo chain (testnet encoding). */
    public String addressOf(String label) {
        return address(label);
    }

    /** The parameters the chain is meant to be read with. */
    public static NetworkParams params() {
        return PARAMS;
    }

    private void story() {
        for (int height = 1; height <= 100; height++) {
            mine();
        }
        fundEveryone();                                                          // 101
        String demoRevealer = address("revealer");
        // 102: namespace preorders, paid in STX as epoch 6 requires
        send("creator", f -> builder.namespacePreorder(f, "demo", demoRevealer, ch(), BnsTransactionBuilder.DUST,
                6_400_000_000L));
        send("creator", f -> builder.namespacePreorder(f, "tmp", demoRevealer, ch(), BnsTransactionBuilder.DUST,
                64_000_000_000L));
        send("mallory", f -> builder.namespacePreorder(f, "demo", address("mallory"), ch(), BnsTransactionBuilder.DUST,
                6_400_000_000L));
        send("mallory", f -> builder.build(f, BnsOpcode.NAMESPACE_PREORDER,
                NamespacePreorder.body(
                        BnsHashes.preorderHash("evil", script("mallory"), address("mallory")), ch(), 640_000_000L),
                List.of(BnsTransactionBuilder.change(), BnsTransactionBuilder.pay(address("mallory"), 5500))));
        mine();
        // 103: reveals
        send("creator", f -> builder.namespaceReveal(f, "demo", demoRevealer, DEMO_RULES));
        send("creator", f -> builder.namespaceReveal(f, "tmp", demoRevealer, TMP_RULES));
        mine();
        // 104: imports while revealed; mallory tries to join in and to reveal demo again
        importName("satoshi.demo", "alice");
        importName("hal.demo", "bob");
        send("mallory", f -> builder.nameImport(f, "eve.demo", address("mallory"), zonefile("eve.demo", "mallory")));
        send("mallory", f -> builder.namespaceReady(f, "demo"));
        send("mallory", f -> builder.namespaceReady(f, "nope"));
        send("mallory", f -> builder.namespaceReveal(f, "demo", address("mallory"), DEMO_RULES));
        preorder("mallory", "early.demo", "mallory", NAME_FEE);
        mine();
        // 105: ready
        send("revealer", f -> builder.namespaceReady(f, "demo"));
        send("revealer", f -> builder.namespaceReady(f, "tmp"));
        mine();
        // 106: preorders
        List<String[]> registrations = new ArrayList<>();
        for (String user : USERS) {
            registrations.add(new String[] {user, user + ".demo", user});
        }
        for (int i = 0; i < MORE_NAMES.size(); i++) {
            String owner = USERS.get(i % USERS.size());
            String buyer = i % 3 == 0 ? USERS.get((i + 1) % USERS.size()) : owner;
            registrations.add(new String[] {buyer, MORE_NAMES.get(i) + ".demo", owner});
        }
        for (String[] r : registrations) {
            preorder(r[0], r[1], r[2], NAME_FEE);
        }
        preorder("alice", "alice.demo", "alice", NAME_FEE);                     // PREORDER_EXISTS
        send("carol", f -> builder.namePreorder(f, "soon.tmp", address("carol"), ch(), BnsTransactionBuilder.DUST,
                address("creator"), null));
        send("dave", f -> builder.namePreorder(f, "kept.tmp", address("dave"), ch(), BnsTransactionBuilder.DUST,
                address("creator"), null));
        preorder("erin", "twin.demo", "erin", NAME_FEE);
        preorder("frank", "twin.demo", "frank", NAME_FEE);
        preorder("mallory", "cheap.demo", "mallory", 1000);
        preorder("mallory", "x.nope", "mallory", NAME_FEE);
        preorder("mallory", "alice.demo", "mallory", NAME_FEE);
        send("mallory", f -> builder.namePreorder(f, "stale.demo", address("mallory"), NO_CONSENSUS_HASH, NAME_FEE,
                PARAMS.burnAddress(), null));                                     // CONSENSUS_HASH_INVALID
        send("mallory", f -> builder.build(f, BnsOpcode.NAME_PREORDER,
                NamePreorder.body(BnsHashes.preorderHash("coin.demo",
                        script("mallory"), address("mallory")), ch(), 1000L, "BITCOIN"),
                List.of(BnsTransactionBuilder.change(), BnsTransactionBuilder.pay(PARAMS.burnAddress(), NAME_FEE))));
        mine();
        // 107: registrations; half carry their zone file hash already
        for (int i = 0; i < registrations.size(); i++) {
            String[] r = registrations.get(i);
            String valueHash = i % 2 == 0 ? zonefile(r[1], r[2]) : null;
            send(r[0], f -> builder.nameRegistration(f, r[1], address(r[2]), valueHash));
        }
        send("carol", f -> builder.nameRegistration(f, "soon.tmp", address("carol"), zonefile("soon.tmp", "carol")));
        send("dave", f -> builder.nameRegistration(f, "kept.tmp", address("dave"), zonefile("kept.tmp", "dave")));
        send("erin", f -> builder.nameRegistration(f, "twin.demo", address("erin"), null));   // COLLISION
        send("frank", f -> builder.nameRegistration(f, "twin.demo", address("frank"), null)); // COLLISION
        send("mallory", f -> builder.nameRegistration(f, "cheap.demo", address("mallory"), null));
        send("mallory", f -> builder.nameRegistration(f, "x.nope", address("mallory"), null));
        send("mallory", f -> builder.nameRegistration(f, "early.demo", address("mallory"), null));
        send("mallory", f -> builder.nameRegistration(f, "ghost.demo", address("mallory"), null));
        mine();
        // 108: zone files for the rest, by NAME_UPDATE
        for (int i = 1; i < registrations.size(); i += 2) {
            String[] r = registrations.get(i);
            String fqn = r[1];
            send(r[2], f -> builder.nameUpdate(f, fqn, ch(), zonefile(fqn, r[2])));
        }
        send("mallory", f -> builder.nameRegistration(f, "alice.demo", address("mallory"), null)); // NAME_TAKEN
        send("mallory", f -> builder.nameUpdate(f, "alice.demo", ch(), zonefile("alice.demo", "mallory")));
        mine();
        // 109: transfers
        transfer("ivan.demo", "bob", true);
        transfer("judy.demo", "carol", false);
        transfer("ken.demo", "alice", true);
        send("alice", f -> builder.nameTransfer(f, "nobody.demo", address("bob"), true, ch()));  // NAME_NOT_FOUND
        send("bob", f -> builder.nameTransfer(f, "bob.demo", address("bob"), true, ch()));       // SENDER_IS_RECIPIENT
        send("mallory", f -> builder.nameRevoke(f, "bob.demo"));                                   // NOT_OWNER
        mine();
        // 110: a revoke, announcements, an STX renewal where the creator collects BTC
        send(owner("revoked.demo"), f -> builder.nameRevoke(f, "revoked.demo"));
        send("alice", f -> builder.announce(f, BnsHashes.valueHash(
                "BNS is alive on the demo chain".getBytes(StandardCharsets.UTF_8))));
        send("mallory", f -> builder.announce(f, BnsHashes.valueHash("spam".getBytes(StandardCharsets.UTF_8))));
        send("dave", f -> builder.nameRenewal(f, "kept.tmp", address("dave"), zonefile("kept.tmp", "dave"), 0,
                address("creator"), 1000));                                       // STACKS_NOT_ALLOWED
        mine();
        // 111: a revoked name cannot be renewed
        send(owner("revoked.demo"), f -> builder.nameRenewal(f, "revoked.demo", address(owner("revoked.demo")), null,
                NAME_FEE, PARAMS.burnAddress(), 0));                             // NAME_REVOKED
        mine();
        mineUntil(128);
        // 128: soon.tmp expired at 127 and is in its grace period: only renewals
        send("carol", f -> builder.nameUpdate(f, "soon.tmp", ch(), zonefile("soon.tmp", "carol")));
        mine();
        // 129: kept.tmp is renewed in its grace period, paying its creator
        send("dave", f -> builder.nameRenewal(f, "kept.tmp", address("dave"), null, BnsTransactionBuilder.DUST,
                address("creator"), 0));
        mine();
        mineUntil(133);
        // 133: soon.tmp is gone (it was live at 132, not at 133)
        send("carol", f -> builder.nameRevoke(f, "soon.tmp"));                     // NAME_EXPIRED
        mine();
        mineUntil(SUBDOMAINS_FROM);
        subdomainStory();
        mineUntil(LENGTH + 1);
    }

    /**
     * 140–144: {@code grace} runs a registrar on {@code registrar.demo}: its zone files register
     * {@code ann}, {@code ben} and {@code dot} (each owned by a key of its own, with a profile),
     * then update {@code ann}, transfer {@code ben} to {@code sub-carl}, and carry an update of
     * {@code dot} signed by the wrong key, which the subdomain rules reject; the last one
     * (registering {@code eve}, updating {@code ann} again) is held back from publication.
     */
    private void subdomainStory() {
        preorder("grace", REGISTRAR_NAME, "grace", NAME_FEE);
        mine();
        String registration = registrarZonefile(List.of(
                subdomainTxt("ann", "sub-ann", 0, null, ""),
                subdomainTxt("ben", "sub-ben", 0, null, ""),
                subdomainTxt("dot", "sub-dot", 0, null, "")));
        send("grace", f -> builder.nameRegistration(f, REGISTRAR_NAME, address("grace"), registration));
        mine();
        String update = registrarZonefile(List.of(
                subdomainTxt("ann", "sub-ann", 1, "sub-ann", "_https._tcp\tIN\tURI\t20\t1\t\"https://example.org/ann\"\n")));
        send("grace", f -> builder.nameUpdate(f, REGISTRAR_NAME, ch(), update));
        mine();
        String transfer = registrarZonefile(List.of(
                subdomainTxt("ben", "sub-carl", 1, "sub-ben", ""),
                subdomainTxt("dot", "sub-dot", 1, "mallory", "")));
        send("grace", f -> builder.nameUpdate(f, REGISTRAR_NAME, ch(), transfer));
        mine();
        String late = registrarZonefile(List.of(
                subdomainTxt("eve", "sub-eve", 0, null, ""),
                subdomainTxt("ann", "sub-ann", 2, "sub-ann", "")));
        send("grace", f -> builder.nameUpdate(f, REGISTRAR_NAME, ch(), late));
        heldBack.add(late);
        mine();
    }

    /**
     * Zone files announced on chain that the local stack does not publish at start: the one of
     * block 144 (registering {@code eve}, updating {@code ann} again), for tests that publish it
     * late with {@code POST /v1/zonefile} and see the subdomains it carries appear.
     */
    public Set<String> heldBackZonefiles() {
        return Collections.unmodifiableSet(heldBack);
    }

    /** One subdomain record of {@link #registrarUpdate}: {@code leaf.registrar.demo} owned by {@code owner}'s key. */
    public record SubdomainOperation(String leaf, String owner, long sequence, String signer) {
    }

    /** A transaction announcing a zone file, and that zone file. */
    public record Announcing(Transaction transaction, String zonefileHash, String zonefile) {
    }

    /**
     * A NAME_UPDATE of {@code registrar.demo} by its owner whose zone file carries {@code operations}
     * (signed by each operation's {@code signer}, none when null), built but not mined: for tests
     * that mine it into a branch of their own, take it back and mine it again. {@code consensusHash}
     * must be a recent block's as the index computed it.
     */
    public Announcing registrarUpdate(String consensusHash, List<SubdomainOperation> operations) {
        String hash = registrarZonefile(operations.stream()
                .map(op -> subdomainTxt(op.leaf(), op.owner(), op.sequence(), op.signer(), "")).toList());
        Built built = builder.nameUpdate(wallet.get("grace"), REGISTRAR_NAME, consensusHash, hash);
        wallet.put("grace", built.change());
        return new Announcing(built.transaction(), hash, zonefiles.get(hash));
    }

    /** The registrar's zone file: its own profile, its resolver, and a batch of subdomain records. */
    private String registrarZonefile(List<String> records) {
        StringBuilder text = new StringBuilder("$ORIGIN " + REGISTRAR_NAME + "\n$TTL 3600\n_http._tcp\tIN\tURI\t10\t1\t\""
                + profileUrlPrefix + address("grace") + "/profile.json\"\n_resolver\tIN\tURI\t10\t1\t\""
                + REGISTRAR_RESOLVER + "\"\n");
        records.forEach(record -> text.append(record).append('\n'));
        String hash = BnsHashes.valueHash(text.toString().getBytes(StandardCharsets.UTF_8));
        zonefiles.put(hash, text.toString());
        return hash;
    }

    /**
     * A TXT record for {@code leaf.registrar.demo} owned by {@code owner}'s key, whose own zone file
     * points at that owner's profile (plus {@code extraRecords}), signed by {@code signer} (null: unsigned).
     */
    private String subdomainTxt(String leaf, String owner, long sequence, String signer, String extraRecords) {
        String zonefile = "$ORIGIN " + leaf + "\n$TTL 3600\n_http._tcp\tIN\tURI\t10\t1\t\"" + profileUrlPrefix
                + address(owner) + "/profile.json\"\n" + extraRecords;
        return SubdomainTxtRecords.txt(leaf + "." + REGISTRAR_NAME, REGISTRAR_NAME, address(owner), sequence,
                zonefile.getBytes(StandardCharsets.UTF_8), signer == null ? null : key(signer).getPrivateKeyAsHex());
    }

    /** Where the announcing operations of the chain's names set a zone file hash, in chain order. */
    public List<ZoneFileAnnouncement> zonefileAnnouncements() {
        List<ZoneFileAnnouncement> announcements = new ArrayList<>();
        for (NameRecord name : state.names()) {
            for (HistoryEntry row : state.history(name.name())) {
                ZoneFileAnnouncement.of(row).ifPresent(announcements::add);
            }
        }
        announcements.sort(ZoneFileAnnouncement.CHAIN_ORDER);
        return announcements;
    }

    /**
     * Appends {@code count} blocks the size of mainnet's (about {@code fillerPerBlock} payments,
     * {@link FillerTransactions}, ~500 bytes each) carrying two BNS operations the rules accept:
     * the registration of the name preordered in the block before, and the preorder of the next
     * name ({@code bench<n>.demo}). For benchmarks of sync at mainnet block sizes.
     */
    public DemoChain appendBusyBlocks(int count, int fillerPerBlock, long seed) {
        Random random = new Random(seed);
        String buyer = "bench";
        fundFromReward(buyer, 2);
        int first = chain.tipHeight() + 1;
        for (int b = 0; b < count; b++) {
            int height = first + b;
            if (b > 0) {
                // owners rotate: one script may own 25 names at most
                String fqn = "bench" + (height - 1) + ".demo";
                String owner = "owner" + (height - 1) / 20;
                send(buyer, f -> builder.nameRegistration(f, fqn, address(owner), null));
            }
            String next = "bench" + height + ".demo";
            String nextOwner = "owner" + height / 20;
            send(buyer, f -> builder.namePreorder(f, next, address(nextOwner), ch(), NAME_FEE, PARAMS.burnAddress(), null));
            for (int t = 0; t < fillerPerBlock; t++) {
                pending.add(FillerTransactions.payment(random));
            }
            mine();
        }
        return this;
    }

    /**
     * Appends blocks that register {@code count} more names in {@code demo} ({@code user<n>.demo}),
     * preordered {@code perBlock} a block and registered in the next, each with a zone file that
     * points at its owner's profile; owners change every 20 names (one script may own 25 at most).
     * For benchmarks of the read API over thousands of names.
     */
    public DemoChain appendNames(int count, int perBlock) {
        if (count > MAX_APPENDED_NAMES || perBlock < 1) {
            throw new IllegalArgumentException("at most " + MAX_APPENDED_NAMES + " names, at least one a block: "
                    + count + ", " + perBlock);
        }
        String buyer = "registrar";
        fundFromReward(buyer, 3);
        List<String[]> preordered = List.of();
        for (int first = 0; first < count || !preordered.isEmpty(); first += perBlock) {
            for (String[] r : preordered) {
                send(buyer, f -> builder.nameRegistration(f, r[0], address(r[1]), zonefile(r[0], r[1])));
            }
            List<String[]> next = new ArrayList<>();
            for (int n = first; n < Math.min(count, first + perBlock); n++) {
                String fqn = "user" + n + ".demo";
                String owner = "owner" + n / 20;
                send(buyer, f -> builder.namePreorder(f, fqn, address(owner), ch(), APPENDED_NAME_FEE,
                        PARAMS.burnAddress(), null));
                next.add(new String[] {fqn, owner});
            }
            preordered = next;
            mine();
        }
        return this;
    }

    /** Gives {@code label} the reward of block {@code height} (blocks 2 to 100 are spent by nobody else). */
    private void fundFromReward(String label, int height) {
        Transaction reward = chain.blockAt(height).orElseThrow().getTransactions().get(0);
        Transaction funding = new Transaction();
        long amount = reward.getOutput(0).getValue().value - 10_000;
        funding.addOutput(Coin.valueOf(amount), ScriptBuilder.createP2PKHOutputScript(key(label)));
        funding.addSignedInput(new TransactionOutPoint(0, reward), ScriptBuilder.createP2PKHOutputScript(
                RegtestChain.minerKey()), reward.getOutput(0).getValue(), RegtestChain.minerKey());
        wallet.put(label, new Funding(new TransactionOutPoint(0, funding), amount, key(label)));
        pending.add(funding);
    }

    private void fundEveryone() {
        Transaction funding = new Transaction();
        List<String> participants = new ArrayList<>(List.of("creator", "revealer", "mallory"));
        participants.addAll(USERS);
        for (String participant : participants) {
            funding.addOutput(Coin.valueOf(FUNDING), ScriptBuilder.createP2PKHOutputScript(key(participant)));
        }
        Transaction reward = chain.blockAt(1).orElseThrow().getTransactions().get(0);
        long change = reward.getOutput(0).getValue().value - participants.size() * FUNDING - 10_000;
        funding.addOutput(Coin.valueOf(change), ScriptBuilder.createP2PKHOutputScript(RegtestChain.minerKey()));
        funding.addSignedInput(new TransactionOutPoint(0, reward), ScriptBuilder.createP2PKHOutputScript(
                RegtestChain.minerKey()), reward.getOutput(0).getValue(), RegtestChain.minerKey());
        for (int i = 0; i < participants.size(); i++) {
            wallet.put(participants.get(i), new Funding(new TransactionOutPoint(i, funding), FUNDING,
                    key(participants.get(i))));
        }
        pending.add(funding);
        mine();
    }

    private void importName(String fqn, String owner) {
        send("revealer", f -> builder.nameImport(f, fqn, address(owner), zonefile(fqn, owner)));
    }

    private void preorder(String buyer, String fqn, String owner, long fee) {
        send(buyer, f -> builder.namePreorder(f, fqn, address(owner), ch(), fee, PARAMS.burnAddress(), null));
    }

    private void transfer(String fqn, String to, boolean keepData) {
        send(owner(fqn), f -> builder.nameTransfer(f, fqn, address(to), keepData, ch()));
    }

    /** The participant whose script owns {@code fqn} now. */
    private String owner(String fqn) {
        String script = state.name(fqn).orElseThrow().sender();
        return keys.keySet().stream().filter(label -> script(label).equals(script)).findFirst().orElseThrow();
    }

    private void send(String sender, Function<Funding, Built> build) {
        Built built = build.apply(wallet.get(sender));
        wallet.put(sender, built.change());
        pending.add(built.transaction());
    }

    /** Mines the pending transactions and runs the block through the BNS state machine. */
    private void mine() {
        Block block = chain.append(List.copyOf(pending));
        pending.clear();
        transactions.addAll(block);
        int height = chain.tipHeight();
        BlockResult result = processor.process(state, height, extractor.extract(block, height, transactions));
        result.applyTo(state);
    }

    private void mineUntil(int height) {
        while (chain.tipHeight() + 1 < height) {
            mine();
        }
    }

    /** The consensus hash of the tip, which the next block's operations carry. */
    private String ch() {
        return state.consensusHash(chain.tipHeight()).orElseThrow();
    }

    private String zonefile(String fqn, String owner) {
        String text = "$ORIGIN " + fqn + "\n$TTL 3600\n_http._tcp\tIN\tURI\t10\t1\t\"" + profileUrlPrefix
                + address(owner) + "/profile.json\"\n\n";
        String hash = BnsHashes.valueHash(text.getBytes(StandardCharsets.UTF_8));
        zonefiles.put(hash, text);
        return hash;
    }

    private ECKey key(String label) {
        return keys.computeIfAbsent(label, l -> ECKey.fromPrivate(
                Sha256Hash.hash(("blockstack-functions demo " + l).getBytes(StandardCharsets.UTF_8))));
    }

    private String address(String label) {
        return builder.address(key(label));
    }

    private String script(String label) {
        return BnsTransactionBuilder.script(key(label));
    }
}
