package org.blockstack.functions.localserver;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.emulators.bitcoin.DemoChain;
import org.blockstack.functions.emulators.bitcoin.RegtestChain;
import org.blockstack.functions.infra.aws.dynamodb.TableNames;
import org.blockstack.functions.local.LocalStack;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.quarkus.runtime.configuration.DurationConverter;

/**
 * The main job: starts the embedded local stack (persisted under {@code LOCAL_DATA_DIR}, default
 * {@code .local}), points the functions at it, serves them all on one base URL, and stops the
 * emulators again when the server stops (Ctrl-C).
 */
@QuarkusMain
public class LocalServerMain {
    private static final Logger LOG = Logger.getLogger(LocalServerMain.class);
    private static final String DEFAULT_PORT = "8080";
    private static final String DEMO_CHAIN_HEIGHT_FILE = "demo-chain-height";
    private static final String DEFAULT_DEMO_BLOCK_INTERVAL = "60s";

    public static void main(String... args) {
        // The SDK's URL-connection client keeps at most 5 idle connections per host by default; this
        // one server runs many requests at once against the emulators, so keep more (a Lambda
        // instance serves one request at a time and does not need it).
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", "64");
        }
        Path dataDir = Path.of(env("LOCAL_DATA_DIR").orElse(".local"));
        Optional<URI> externalChain = env("BITCOIN_REST_URL").map(URI::create);
        // the demo chain's zone files point at this server's Gaia read side (the storage function's /hub/)
        String profileUrlPrefix = "http://127.0.0.1:" + env("PORT").orElse(DEFAULT_PORT) + "/hub/";
        LocalStack.Options options = new LocalStack.Options(Optional.of(dataDir), externalChain, Optional.empty(),
                Optional.of(profileUrlPrefix),
                env("TABLE_PREFIX").orElse(TableNames.DEFAULT_PREFIX),
                env("GAIA_BUCKET").orElse(Settings.DEFAULT_GAIA_BUCKET),
                env("ZONEFILE_BUCKET").orElse(Settings.DEFAULT_ZONEFILE_BUCKET),
                env("DEMO_EXTRA_NAMES").map(Integer::parseInt).orElse(0));
        LocalStack stack = LocalStack.start(options);
        DemoChainGrowth growth = null;
        try {
            // the stack built the demo chain (its zone files need this server's URL); sync starts with Quarkus
            Optional<RegtestChain> demoChain = stack.demo().map(DemoChain::chain);
            if (demoChain.isPresent()) {
                Path demoHeightFile = dataDir.resolve(DEMO_CHAIN_HEIGHT_FILE);
                DemoChainGrowth.restore(demoChain.get(), demoHeightFile);
                growth = DemoChainGrowth.start(demoChain.get(), demoHeightFile, demoBlockInterval());
            }
            stack.config().forEach(LocalServerMain::setUnlessConfigured);
            if (externalChain.isEmpty()) {
                // the demo chain is ours: index up to its tip instead of waiting for 6 confirmations
                setUnlessConfigured(Settings.SYNC_CONFIRMATIONS, "1");
            }
            Quarkus.run(args);
        } finally {
            LOG.info("stopping the local stack");
            if (growth != null) {
                growth.close();
            }
            stack.close();
        }
    }

    /** {@code DEMO_BLOCK_INTERVAL}: a duration ({@code 60s}, {@code PT2M}); {@code 0} stops the growth. */
    private static Duration demoBlockInterval() {
        String value = env("DEMO_BLOCK_INTERVAL").orElse(DEFAULT_DEMO_BLOCK_INTERVAL);
        try {
            return DurationConverter.parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DEMO_BLOCK_INTERVAL should be a duration such as 60s, 5m or 0, not \""
                    + value + "\"", e);
        }
    }

    /** Settings the user gave as environment variables win over the stack's defaults. */
    private static void setUnlessConfigured(String property, String value) {
        if (env(Settings.envName(property)).isEmpty() && System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }

    static Map<String, String> exampleCommands(String base) {
        return Map.of(
                "node status", "curl -s " + base + "/v1/info",
                "Gaia hub", "curl -s " + base + "/hub_info",
                "Gaia file", "curl -s " + base + "/hub/<bucket address>/<path>",
                "verify a token", "curl -s -X POST " + base + "/v1/tokens/verify -H 'Content-Type: application/json' "
                        + "-d '{\"token\":\"<a compact ES256K JWT>\"}'",
                "sync now", "curl -s -X POST " + base + "/sync");
    }
}
