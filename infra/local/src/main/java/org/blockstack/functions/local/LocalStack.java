package org.blockstack.functions.local;

import java.net.URI;
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
import org.jboss.logging.Logger;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Everything the functions need, on this machine, with no cloud account: dynalite, S3Proxy and
 * (unless an external Bitcoin node is configured) a Bitcoin Core REST server over the demo
 * chain. Tables are created from the functions' own definitions, and the Gaia and catch-up extract buckets.
 */
public final class LocalStack implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LocalStack.class);

    /**
     * How to start. {@code dataDir} empty: everything in memory (tests). {@code bitcoinRestUrl}
     * empty: serve the given regtest chain (the demo chain by default).
     */
    public record Options(Optional<Path> dataDir, Optional<URI> bitcoinRestUrl, RegtestChain chain,
            String tablePrefix, String gaiaBucket) {
        public static Options inMemory() {
            return new Options(Optional.empty(), Optional.empty(), DemoChain.build(), TableNames.DEFAULT_PREFIX,
                    Settings.DEFAULT_GAIA_BUCKET);
        }

        public Options withChain(RegtestChain chain) {
            return new Options(dataDir, bitcoinRestUrl, chain, tablePrefix, gaiaBucket);
        }
    }

    private final DynaliteServer dynalite;
    private final S3ProxyServer s3proxy;
    private final Optional<EmulatedBitcoinNode> bitcoin;
    private final Map<String, String> config;

    private LocalStack(DynaliteServer dynalite, S3ProxyServer s3proxy, Optional<EmulatedBitcoinNode> bitcoin,
            Map<String, String> config) {
        this.dynalite = dynalite;
        this.s3proxy = s3proxy;
        this.bitcoin = bitcoin;
        this.config = config;
    }

    public static LocalStack start(Options options) {
        DynaliteServer dynalite = options.dataDir()
                .map(dir -> DynaliteServer.startPersistent(dir.resolve("dynamodb")))
                .orElseGet(DynaliteServer::startInMemory);
        S3ProxyServer s3proxy = null;
        Optional<EmulatedBitcoinNode> bitcoin = Optional.empty();
        try {
            s3proxy = options.dataDir()
                    .map(dir -> S3ProxyServer.startFilesystem(dir.resolve("s3")))
                    .orElseGet(S3ProxyServer::startTransient);
            if (options.bitcoinRestUrl().isEmpty()) {
                bitcoin = Optional.of(EmulatedBitcoinNode.start(options.chain()));
            }

            Map<String, String> config = new LinkedHashMap<>();
            config.put(Settings.AWS_REGION, Settings.DEFAULT_REGION);
            config.put(Settings.DYNAMODB_ENDPOINT, dynalite.endpoint().toString());
            config.put(Settings.S3_ENDPOINT, s3proxy.endpoint().toString());
            config.put(Settings.EMULATOR_ACCESS_KEY_ID, S3ProxyServer.ACCESS_KEY);
            config.put(Settings.EMULATOR_SECRET_ACCESS_KEY, S3ProxyServer.SECRET_KEY);
            config.put(Settings.TABLE_PREFIX, options.tablePrefix());
            config.put(Settings.GAIA_BUCKET, options.gaiaBucket());
            config.put(Settings.SYNC_EXTRACT_BUCKET, Settings.DEFAULT_SYNC_EXTRACT_BUCKET);
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
                config.putAll(options.chain().bnsSettings());
            }
            provision(config, options);
            return new LocalStack(dynalite, s3proxy, bitcoin, Map.copyOf(config));
        } catch (RuntimeException e) {
            bitcoin.ifPresent(EmulatedBitcoinNode::close);
            if (s3proxy != null) {
                s3proxy.close();
            }
            dynalite.close();
            throw e;
        }
    }

    private static void provision(Map<String, String> config, Options options) {
        AwsSettings settings = new AwsSettings(Settings.DEFAULT_REGION,
                Optional.of(URI.create(config.get(Settings.DYNAMODB_ENDPOINT))),
                Optional.of(URI.create(config.get(Settings.S3_ENDPOINT))),
                Optional.of(new AwsSettings.StaticKeys(S3ProxyServer.ACCESS_KEY, S3ProxyServer.SECRET_KEY)));
        try (DynamoDbClient dynamoDb = AwsClients.dynamoDb(settings); S3Client s3 = AwsClients.s3(settings)) {
            TableProvisioner.ensureTables(dynamoDb, new TableNames(options.tablePrefix()));
            BucketProvisioner.ensureBucket(s3, options.gaiaBucket());
            BucketProvisioner.ensureBucket(s3, Settings.DEFAULT_SYNC_EXTRACT_BUCKET);
        }
        LOG.info("local stack provisioned: tables and buckets are ready");
    }

    /** Configuration (property name to value) that points the functions at this stack. */
    public Map<String, String> config() {
        return config;
    }

    public Optional<EmulatedBitcoinNode> bitcoin() {
        return bitcoin;
    }

    @Override
    public void close() {
        bitcoin.ifPresent(EmulatedBitcoinNode::close);
        s3proxy.close();
        dynalite.close();
    }
}
