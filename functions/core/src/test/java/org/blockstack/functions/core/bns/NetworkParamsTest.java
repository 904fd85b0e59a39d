package org.blockstack.functions.core.bns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.chain.Network;
import org.junit.jupiter.api.Test;

class NetworkParamsTest {

    @Test
    void mainnetEpochsFollowTheReference() {
        NetworkParams mainnet = NetworkParams.mainnet();
        assertThat(mainnet.firstBlock()).isEqualTo(373_601);
        assertThat(mainnet.v1EndBlock()).isEqualTo(665_750);
        assertThat(mainnet.burnAddress()).isEqualTo("1111111111111111111114oLvT2");
        assertThat(mainnet.epochs()).extracting(Epoch::endBlock)
                .containsExactly(436_650, 488_500, 547_921, 599_866, 613_249, Epoch.OPEN);
        assertThat(mainnet.epochAt(373_601).number()).isEqualTo(1);
        assertThat(mainnet.epochAt(436_650).number()).isEqualTo(1);
        assertThat(mainnet.epochAt(436_651).number()).isEqualTo(2);
        assertThat(mainnet.epochAt(547_922).number()).isEqualTo(4);
        assertThat(mainnet.epochAt(665_749).number()).isEqualTo(6);
        assertThat(mainnet.epochs()).extracting(Epoch::gracePeriod).containsExactly(0, 0, 5000, 5000, 5000, 5000);
        assertThat(mainnet.epochs()).extracting(Epoch::lifetimeMultiplier).containsExactly(1, 2, 2, 2, 2, 2);
        assertThat(mainnet.epochAt(500_000).has(EpochFeature.OP_REGISTER_UPDATE)).isTrue();
        assertThat(mainnet.epochAt(450_000).has(EpochFeature.OP_REGISTER_UPDATE)).isFalse();
        assertThat(mainnet.importKeyringSize()).isEqualTo(300);
        assertThat(mainnet.namespaceRevealExpire()).isEqualTo(52_595);
    }

    @Test
    void regtestRunsTheNewestRulesFromBlock6() {
        NetworkParams regtest = NetworkParams.forNetwork(Network.REGTEST);
        assertThat(regtest.firstBlock()).isEqualTo(1);
        assertThat(regtest.epochAt(5).number()).isEqualTo(5);
        assertThat(regtest.epochAt(6).number()).isEqualTo(6);
        assertThat(regtest.importKeyringSize()).isEqualTo(5);
        assertThat(regtest.namespaceRevealExpire()).isEqualTo(144);
        assertThat(regtest.burnAddress()).isEqualTo("mfWxJ45yp2SFn7UciZyNpvDKrzbhyfKrY8");
        assertThat(NetworkParams.forNetwork(Network.TESTNET).network()).isEqualTo(Network.TESTNET);
    }

    @Test
    void everyParameterCanBeOverridden() {
        NetworkParams params = NetworkParams.mainnet().withOverrides(Map.ofEntries(
                Map.entry("BNS_NETWORK", "mainnet"),
                Map.entry("BNS_FIRST_BLOCK", "100"),
                Map.entry("BNS_V1_END_BLOCK", "900"),
                Map.entry("BNS_MAGIC_BYTES", "xy"),
                Map.entry("BNS_EPOCH_1_END_BLOCK", "110"),
                Map.entry("BNS_EPOCH_2_END_BLOCK", "120"),
                Map.entry("BNS_EPOCH_3_END_BLOCK", "130"),
                Map.entry("BNS_EPOCH_4_END_BLOCK", "140"),
                Map.entry("BNS_EPOCH_5_END_BLOCK", "150"),
                Map.entry("BNS_EPOCH_1_PRICE_MULTIPLIER", "0.5"),
                Map.entry("BNS_EPOCH_6_PRICE_DIVISOR", "7"),
                Map.entry("BNS_EPOCH_6_PRICE_DIVISOR_STACKS", "3"),
                Map.entry("BNS_EPOCH_2_LIFETIME_MULTIPLIER", "4"),
                Map.entry("BNS_EPOCH_6_GRACE_PERIOD", "12"),
                Map.entry("BNS_EPOCH_3_RECEIVE_FEES_PERIOD", "99"),
                Map.entry("BNS_EPOCH_1_NAMESPACE_PRICES", "4,3,2,1"),
                Map.entry("BNS_NAME_PREORDER_EXPIRE", "10"),
                Map.entry("BNS_NAMESPACE_PREORDER_EXPIRE", "11"),
                Map.entry("BNS_NAMESPACE_REVEAL_EXPIRE", "12"),
                Map.entry("BNS_IMPORT_KEYRING_SIZE", "2"),
                Map.entry("BNS_ANNOUNCERS", "a.id, b.id")));
        assertThat(params.firstBlock()).isEqualTo(100);
        assertThat(params.v1EndBlock()).isEqualTo(900);
        assertThat(params.magicBytes()).isEqualTo("xy");
        assertThat(params.epochs()).extracting(Epoch::endBlock).containsExactly(110, 120, 130, 140, 150, Epoch.OPEN);
        assertThat(params.epochs().get(0).priceMultiplier()).isEqualTo(0.5);
        assertThat(params.epochs().get(5).priceDivisor()).isEqualTo(7);
        assertThat(params.epochs().get(5).priceDivisorStacks()).isEqualTo(3);
        assertThat(params.epochs().get(1).lifetimeMultiplier()).isEqualTo(4);
        assertThat(params.epochs().get(5).gracePeriod()).isEqualTo(12);
        assertThat(params.epochs().get(2).receiveFeesPeriod()).isEqualTo(99);
        assertThat(params.epochs().get(0).namespacePrices().tiers()).containsExactly(4.0, 3.0, 2.0, 1.0);
        assertThat(params.namePreorderExpire()).isEqualTo(10);
        assertThat(params.namespacePreorderExpire()).isEqualTo(11);
        assertThat(params.namespaceRevealExpire()).isEqualTo(12);
        assertThat(params.importKeyringSize()).isEqualTo(2);
        assertThat(params.announcers()).containsExactlyInAnyOrder("a.id", "b.id");
    }

    @Test
    void badOverridesNameTheVariableAndWhatWasExpected() {
        NetworkParams mainnet = NetworkParams.mainnet();
        for (Map.Entry<String, String> bad : List.of(
                Map.entry("BNS_EPOCH_2_END_BLOCK", "soon"),
                Map.entry("BNS_EPOCH_6_END_BLOCK", "700000"),
                Map.entry("BNS_EPOCH_7_GRACE_PERIOD", "1"),
                Map.entry("BNS_EPOCH_5_PRICE_MULTIPLIER", "0.1"),
                Map.entry("BNS_EPOCH_1_PRICE_DIVISOR", "10"),
                Map.entry("BNS_EPOCH_1_NAMESPACE_PRICES", "1,2,3"),
                Map.entry("BNS_MAGIC_BYTES", "abc"),
                Map.entry("BNS_ANNOUNCERS", "not a name"),
                Map.entry("BNS_FIRST_BLOK", "1"))) {
            assertThatThrownBy(() -> mainnet.withOverrides(Map.ofEntries(bad)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad.getKey());
        }
        assertThatThrownBy(() -> mainnet.withOverrides(Map.of("BNS_EPOCH_2_END_BLOCK", "1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must increase");
    }
}
