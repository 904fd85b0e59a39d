package org.blockstack.functions.sync;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.infra.aws.bitcoin.BitcoinRestBlockSource;
import org.blockstack.functions.infra.aws.bitcoin.BlockSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The configured block source ({@code BITCOIN_REST_URL}). */
@ApplicationScoped
public class BlockSources {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @ConfigProperty(name = Settings.BITCOIN_REST_URL)
    Optional<URI> restUrl;

    private volatile BlockSource source;

    /** @throws IllegalStateException when no source is configured */
    public BlockSource source() {
        BlockSource current = source;
        if (current == null) {
            URI url = restUrl.orElseThrow(() -> new IllegalStateException(
                    "no block source is configured: set BITCOIN_REST_URL to a Bitcoin Core REST base URL"));
            current = new BitcoinRestBlockSource(url, TIMEOUT);
            source = current;
        }
        return current;
    }
}
