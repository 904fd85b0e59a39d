package org.blockstack.functions.common;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.chain.Network;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The indexed network ({@code BNS_NETWORK}) and its BNS parameters: the network's preset with
 * every {@code BNS_*} setting applied ({@link NetworkParams#OVERRIDES}, listed in the README).
 * Settings may come as environment variables ({@code BNS_EPOCH_1_END_BLOCK}) or properties
 * ({@code bns.epoch-1-end-block}); both spell the same setting.
 */
@ApplicationScoped
public class NetworkSettings {
    private static final String PREFIX = "BNS_";

    @ConfigProperty(name = Settings.BNS_NETWORK, defaultValue = Settings.DEFAULT_NETWORK)
    String network;
    @Inject
    Config config;

    private volatile NetworkParams params;

    public Network network() {
        return Network.parse(network);
    }

    /**
     * @throws IllegalArgumentException naming the setting, when a {@code BNS_*} value is invalid
     */
    public NetworkParams bnsParams() {
        NetworkParams current = params;
        if (current == null) {
            current = NetworkParams.forNetwork(network()).withOverrides(overrides(config));
            params = current;
        }
        return current;
    }

    /** The first block sync indexes ({@code BNS_FIRST_BLOCK}, default the network's first BNS block). */
    public int firstBlock() {
        return bnsParams().firstBlock();
    }

    /**
     * Every configured {@code BNS_*} setting by its environment-variable name. When a setting is
     * given both ways, the property spelling wins: it is the one MicroProfile resolves across all
     * sources (an environment variable also answers to it).
     */
    static Map<String, String> overrides(Config config) {
        Map<String, String> byEnvName = new TreeMap<>();
        Map<String, Boolean> fromProperty = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            String envName = Settings.envName(name);
            if (!envName.startsWith(PREFIX)) {
                continue;
            }
            boolean isProperty = !name.equals(envName);
            if (byEnvName.containsKey(envName) && fromProperty.get(envName) && !isProperty) {
                continue;
            }
            Optional<String> value = config.getOptionalValue(name, String.class);
            if (value.isPresent()) {
                byEnvName.put(envName, value.get());
                fromProperty.put(envName, isProperty);
            }
        }
        return byEnvName;
    }
}
