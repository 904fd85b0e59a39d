package org.blockstack.functions.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.blockstack.functions.core.bns.NetworkParams;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

class NetworkSettingsTest {

    private static NetworkSettings settings(Map<String, String> properties, Map<String, String> environment) {
        Config config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(properties, "application.properties", 250))
                .withSources(new EnvConfigSource(environment, 300))
                .build();
        NetworkSettings settings = new NetworkSettings();
        settings.config = config;
        settings.network = config.getOptionalValue(Settings.BNS_NETWORK, String.class).orElse("mainnet");
        return settings;
    }

    @Test
    void bnsSettingsFromEnvironmentAndPropertiesShapeTheParameters() {
        NetworkSettings settings = settings(
                Map.of("bns.network", "regtest", "bns.epoch-6-grace-period", "10", "table.prefix", "bns-"),
                Map.of("BNS_FIRST_BLOCK", "3", "BNS_EPOCH_6_GRACE_PERIOD", "20", "BNS_NAMESPACE_REVEAL_EXPIRE", "50"));
        NetworkParams params = settings.bnsParams();
        assertThat(params.network().id()).isEqualTo("regtest");
        assertThat(settings.firstBlock()).isEqualTo(3);
        assertThat(params.namespaceRevealExpire()).isEqualTo(50);
        // the environment overrides application.properties, whichever spelling is used
        assertThat(params.epochs().get(5).gracePeriod()).isEqualTo(20);
    }

    @Test
    void withoutSettingsTheNetworksPresetApplies() {
        assertThat(settings(Map.of(), Map.of()).firstBlock()).isEqualTo(373_601);
    }

    @Test
    void aBadSettingFailsWithItsName() {
        NetworkSettings settings = settings(Map.of(), Map.of("BNS_EPOCH_2_END_BLOCK", "later"));
        assertThatThrownBy(settings::bnsParams).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BNS_EPOCH_2_END_BLOCK=later");
    }
}
