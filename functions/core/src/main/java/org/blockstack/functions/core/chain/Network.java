package org.blockstack.functions.core.chain;

import java.util.Locale;

import org.bitcoinj.base.BitcoinNetwork;

/**
 * The Bitcoin network a deployment indexes. Address encoding and the default first BNS block
 * follow from it; everything else about the protocol is in the BNS network parameters.
 */
public enum Network {
    MAINNET(BitcoinNetwork.MAINNET, 373_601),
    TESTNET(BitcoinNetwork.TESTNET, 1),
    REGTEST(BitcoinNetwork.REGTEST, 1);

    private final BitcoinNetwork bitcoinNetwork;
    private final int defaultFirstBlock;

    Network(BitcoinNetwork bitcoinNetwork, int defaultFirstBlock) {
        this.bitcoinNetwork = bitcoinNetwork;
        this.defaultFirstBlock = defaultFirstBlock;
    }

    public BitcoinNetwork bitcoinNetwork() {
        return bitcoinNetwork;
    }

    /** The first block a sync starts from when no start height is configured. */
    public int defaultFirstBlock() {
        return defaultFirstBlock;
    }

    public boolean isTestnet() {
        return this != MAINNET;
    }

    /** Parses {@code mainnet}, {@code testnet} or {@code regtest}, in any letter case. */
    public static Network parse(String name) {
        if (name != null) {
            for (Network network : values()) {
                if (network.name().equalsIgnoreCase(name.trim())) {
                    return network;
                }
            }
        }
        throw new IllegalArgumentException(
                "unknown network '" + name + "': expected one of mainnet, testnet, regtest");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
