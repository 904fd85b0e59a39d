package org.blockstack.functions.common;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.blockstack.functions.core.chain.Network;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The indexed network and where indexing starts, from {@code BNS_NETWORK} and {@code BNS_FIRST_BLOCK}. */
@ApplicationScoped
public class NetworkSettings {
    @ConfigProperty(name = Settings.BNS_NETWORK, defaultValue = Settings.DEFAULT_NETWORK)
    String network;
    @ConfigProperty(name = Settings.BNS_FIRST_BLOCK)
    Optional<Integer> firstBlock;

    public Network network() {
        return Network.parse(network);
    }

    public int firstBlock() {
        return firstBlock.orElseGet(() -> network().defaultFirstBlock());
    }
}
