package org.blockstack.functions.sync;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.infra.aws.bitcoin.BitcoinRpcBlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSourceSettings;
import org.blockstack.functions.infra.aws.bitcoin.RetryingBlockSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured block source (see the README: BITCOIN_SOURCE and the URL of the chosen kind). */
@ApplicationScoped
public class BlockSources {
    @ConfigProperty(name = Settings.BITCOIN_SOURCE)
    Optional<String> kind;
    @ConfigProperty(name = Settings.BITCOIN_REST_URL)
    Optional<URI> restUrl;
    @ConfigProperty(name = Settings.BITCOIN_RPC_URL)
    Optional<URI> rpcUrl;
    @ConfigProperty(name = Settings.BITCOIN_RPC_USER)
    Optional<String> rpcUser;
    @ConfigProperty(name = Settings.BITCOIN_RPC_PASSWORD)
    Optional<String> rpcPassword;
    @ConfigProperty(name = Settings.BITCOIN_RPC_COOKIE_FILE)
    Optional<String> rpcCookieFile;
    @ConfigProperty(name = Settings.ESPLORA_URL)
    Optional<URI> esploraUrl;
    @ConfigProperty(name = Settings.BITCOIN_TIMEOUT, defaultValue = "10s")
    Duration timeout;
    @ConfigProperty(name = Settings.BITCOIN_ATTEMPTS, defaultValue = "4")
    int attempts;

    private volatile BlockSource source;

    /** @throws IllegalStateException when the configuration names no usable source */
    public BlockSource source() {
        BlockSource current = source;
        if (current == null) {
            current = new BlockSourceSettings(kind, restUrl, rpcUrl,
                    new BitcoinRpcBlockSource.Credentials(rpcUser, rpcPassword,
                            BlockSourceSettings.path(rpcCookieFile)),
                    esploraUrl, timeout,
                    new RetryingBlockSource.Policy(attempts, Duration.ofMillis(250), Duration.ofSeconds(4)))
                    .create();
            source = current;
        }
        return current;
    }
}
