package org.blockstack.functions.local;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.emulators.DynaliteServer;
import org.blockstack.functions.emulators.S3ProxyServer;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.emulators.bitcoin.EmulatedBitcoinNode;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.infra.aws.AwsClients;
import org.blockstack.functions.infra.aws.AwsSettings;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.infra.aws.dynamodb.TableProvisioner;
import org.blockstack.functions.infra.aws.s3.BucketProvisioner;
import org.blockstack.functions.infra.aws.s3.ZonefileStore;
import org.jboss.logging.Logger;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Everything the functions need, on this machine, with no cloud account: dynalite, S3Proxy and
 * (unless an external Bitcoin node is configured) a Bitcoin Core REST server over the demo
 * chain. Tables and buckets (Gaia, zone files, sync's catch-up extracts) are created from the
 * functions' own definitions; with the demo chain, its users' zone files and signed profiles are
 * published into the buckets.
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalStack.class);

    /**
     * How to start. {@code dataDir} empty: everything in memory (tests). {@code bitcoinRestUrl}
     * empty: serve a regtest chain, {@code chain} when given, else the demo chain, whose zone files
     * and profiles are then published into the stores. The demo chain's profile URLs start with
     * {@code profileUrlPrefix}, or, when that is empty, with the URL of a public-read server of the
     * Gaia bucket that the stack starts for the purpose. {@code extraNames}: names appended to the
     * demo chain ({@link DemoChain#appendNames}), for benchmarks.
     */
    public record Options(Optional<Path> dataDir, Optional<URI> bitcoinRestUrl, Optional<RegtestChain> chain,
            Optional<String> profileUrlPrefix, String tablePrefix, String gaiaBucket, String zonefileBucket,
            int extraNames) {
        /** Appended names are preordered this many a block and registered in the block after. */
        static final int EXTRA_NAMES_PER_BLOCK = 500;

        public static Options inMemory() {
            return new Options(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    TableNames.DEFAULT_PREFIX, Settings.DEFAULT_GAIA_BUCKET, Settings.DEFAULT_ZONEFILE_BUCKET, 0);
        }

        public Options withChain(RegtestChain other) {
            return new Options(dataDir, bitcoinRestUrl, Optional.of(other), profileUrlPrefix, tablePrefix, gaiaBucket,
                    zonefileBucket, extraNames);
        }

        boolean servesDemoChain() {
            return bitcoinRestUrl.isEmpty() && chain.isEmpty();
        }
    }

    private final DynaliteServer dynalite;
    private final S3ProxyServer s3proxy;
    private final Optional<EmulatedBitcoinNode> bitcoin;
    private final Optional<PublicBucketServer> publicBucket;
    private final Optional<DemoChain> demo;
    private final Map<String, String> config;

    private LocalStack(DynaliteServer dynalite, S3ProxyServer s3proxy, Optional<EmulatedBitcoinNode> bitcoin,
            Optional<PublicBucketServer> publicBucket, Optional<DemoChain> demo, Map<String, String> config) {
        this.dynalite = dynalite;
        this.s3proxy = s3proxy;
        this.bitcoin = bitcoin;
        this.publicBucket = publicBucket;
        this.demo = demo;
        this.config = config;
    }

    public static LocalStack start(Options options) {
        DynaliteServer dynalite = options.dataDir()
                .map(dir -> DynaliteServer.startPersistent(dir.resolve("dynamodb")))
                .orElseGet(DynaliteServer::startInMemory);
        S3ProxyServer s3proxy = null;
        Optional<EmulatedBitcoinNode> bitcoin = Optional.empty();
        Optional<PublicBucketServer> publicBucket = Optional.empty();
        try {
            s3proxy = options.dataDir()
                    .map(dir -> S3ProxyServer.startFilesystem(dir.resolve("s3")))
                    .orElseGet(S3ProxyServer::startTransient);
            Map<String, String> config = new LinkedHashMap<>();
            config.put(Settings.AWS_REGION, Settings.DEFAULT_REGION);
            config.put(Settings.DYNAMODB_ENDPOINT, dynalite.endpoint().toString());
            config.put(Settings.S3_ENDPOINT, s3proxy.endpoint().toString());
            config.put(Settings.EMULATOR_ACCESS_KEY_ID, S3ProxyServer.ACCESS_KEY);
            config.put(Settings.EMULATOR_SECRET_ACCESS_KEY, S3ProxyServer.SECRET_KEY);
            config.put(Settings.TABLE_PREFIX, options.tablePrefix());
            config.put(Settings.GAIA_BUCKET, options.gaiaBucket());
            config.put(Settings.SYNC_EXTRACT_BUCKET, Settings.DEFAULT_SYNC_EXTRACT_BUCKET);
            config.put(Settings.ZONEFILE_BUCKET, options.zonefileBucket());
            // the stack's Gaia files are on this machine: let /v1/users fetch them
            config.put(Settings.PROFILES_ALLOW_PRIVATE_ADDRESSES, "true");
            AwsSettings aws = awsSettings(dynalite, s3proxy);
            provision(aws, options);

            Optional<DemoChain> demo = Optional.empty();
            RegtestChain chain = options.chain().orElse(null);
            if (options.servesDemoChain()) {
                String prefix;
                if (options.profileUrlPrefix().isPresent()) {
                    prefix = options.profileUrlPrefix().get();
                } else {
                    publicBucket = Optional.of(PublicBucketServer.start(AwsClients.s3(aws), options.gaiaBucket()));
                    prefix = publicBucket.get().baseUrl().toString();
                }
                demo = Optional.of(options.extraNames() > 0
                        ? DemoChain.create(prefix).appendNames(options.extraNames(), Options.EXTRA_NAMES_PER_BLOCK)
                        : DemoChain.create(prefix));
                chain = demo.get().chain();
                publish(aws, options, demo.get());
            }
            if (options.bitcoinRestUrl().isEmpty()) {
                bitcoin = Optional.of(EmulatedBitcoinNode.start(chain));
            }
            config.put(Settings.BITCOIN_REST_URL, bitcoin.map(b -> b.rest().baseUrl().toString())
                    .orElseGet(() -> options.bitcoinRestUrl().orElseThrow().toString()));
            if (bitcoin.isPresent()) {
                // the same chain over JSON-RPC and Esplora, for whoever sets BITCOIN_SOURCE to rpc or esplora
                config.put(Settings.BITCOIN_RPC_URL, bitcoin.get().rpc().baseUrl().toString());
                config.put(Settings.BITCOIN_RPC_USER, EmulatedBitcoinNode.RPC_USER);
                config.put(Settings.BITCOIN_RPC_PASSWORD, EmulatedBitcoinNode.RPC_PASSWORD);
                config.put(Settings.ESPLORA_URL, bitcoin.get().esplora().baseUrl().toString());
                config.put(Settings.BNS_NETWORK, "regtest");
                // the served chain's own BNS settings (the demo chain's short grace period, …)
                config.putAll(chain.bnsSettings());
            }
            return new LocalStack(dynalite, s3proxy, bitcoin, publicBucket, demo, Map.copyOf(config));
        } catch (RuntimeException e) {
            bitcoin.ifPresent(EmulatedBitcoinNode::close);
            publicBucket.ifPresent(PublicBucketServer::close);
            if (s3proxy != null) {
                s3proxy.close();
            }
            dynalite.close();
            throw e;
        }
    }

    private static AwsSettings awsSettings(DynaliteServer dynalite, S3ProxyServer s3proxy) {
        return new AwsSettings(Settings.DEFAULT_REGION, Optional.of(dynalite.endpoint()),
                Optional.of(s3proxy.endpoint()),
                Optional.of(new AwsSettings.StaticKeys(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)));
    }

    private static void provision(AwsSettings settings, Options options) {
        try (DynamoDbClient dynamoDb = AwsClients.dynamoDb(settings); S3Client s3 = AwsClients.s3(settings)) {
            TableProvisioner.ensureTables(dynamoDb, new TableNames(options.tablePrefix()));
            BucketProvisioner.ensureBucket(s3, options.gaiaBucket());
            BucketProvisioner.ensureBucket(s3, options.zonefileBucket());
            BucketProvisioner.ensureBucket(s3, Settings.DEFAULT_SYNC_EXTRACT_BUCKET);
        }
        LOG.info("local stack provisioned: tables and buckets are ready");
    }

    /**
     * What the demo chain's users published: their zone files (those some accepted operation
     * announced, as a node replicating zone files would hold them) and their signed profiles, where
     * the zone files point. Written again at every start: the same bytes under the same keys.
     */
    private static void publish(AwsSettings settings, Options options, DemoChain demo) {
        Map<String, String> zonefiles = new LinkedHashMap<>(demo.announcedZonefiles());
        zonefiles.keySet().removeAll(demo.heldBackZonefiles());
        Map<String, String> profiles = demo.profileFiles();
        try (S3Client s3 = AwsClients.s3(settings)) {
            ZonefileStore store = new ZonefileStore(s3, options.zonefileBucket());
            zonefiles.forEach((hash, text) -> store.put(hash, text.getBytes(StandardCharsets.UTF_8)));
            profiles.forEach((key, json) -> s3.putObject(b -> b.bucket(options.gaiaBucket()).key(key)
                    .contentType("application/json"), RequestBody.fromString(json)));
        }
        LOG.infof("published the demo chain's %d zone files and %d profiles", zonefiles.size(), profiles.size());
    }

    /** Configuration (property name to value) that points the functions at this stack. */
    public Map<String, String> config() {
        return config;
    }

    public Optional<EmulatedBitcoinNode> bitcoin() {
        return bitcoin;
    }

    /** The demo chain this stack serves, when it serves it. */
    public Optional<DemoChain> demo() {
        return demo;
    }

    @Override
    public void close() {
        bitcoin.ifPresent(EmulatedBitcoinNode::close);
        publicBucket.ifPresent(PublicBucketServer::close);
        s3proxy.close();
        dynalite.close();
    }
}
