package org.blockstack.functions.core.bns.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.blockstack.functions.core.bns.Epoch;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Name and namespace prices of bns-protocol §8.3, §8.4 and §11.7, on mainnet's epochs. */
class PricingVectorsTest {
    private static final NetworkParams MAINNET = NetworkParams.mainnet();
    private static final NamespaceRecord ID = namespace(250, 4, List.of(6, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
            4, 4);

    static NamespaceRecord namespace(int coeff, int base, List<Integer> buckets, int nonalpha, int noVowel) {
        return new NamespaceRecord("id", "00", NamespaceRecord.VERSION_PAY_TO_BURN, "", null, "", "", "", 0, 0, 1,
                NamespaceRecord.READY, "", 0, 52595, coeff, base, buckets, nonalpha, noVowel, 0, 0);
    }

    private static Epoch epoch(int number) {
        return MAINNET.epochs().get(number - 1);
    }

    @ParameterizedTest(name = "{0}.id")
    @CsvSource({
            "a, 102400000.0, 10240000.0, 10240000, 443733333",
            "1, 25600000.0, 2560000.0, 2560000, 110933333",
            "abc, 6400000.0, 640000.0, 640000, 27733333",
            "bcd, 1600000.0, 160000.0, 160000, 6933333",
            "muneeb, 100000.0, 10000.0, 10000, 433333",
            "j00dcn, 25000.0, 2500.0, 2500, 108333",
            "was2bme, 6250.0, 625.0, 625, 27083",
            "patrickstanley, 25000.0, 2500.0, 2500, 108333",
            "tadas_serbenta, 6250.0, 625.0, 625, 27083",
            "abcdefghijklmnopq, 25000.0, 2500.0, 2500, 108333",
            "judecn, 100000.0, 10000.0, 10000, 433333",
            "a1, 6400000.0, 640000.0, 640000, 27733333"})
    void idPrices(String label, double epoch12, double epoch3, long epoch4, long epoch4Stacks) {
        assertThat(NamePricing.price(label, ID, epoch(1)).amount()).isEqualByComparingTo(new BigDecimal(epoch12));
        assertThat(NamePricing.price(label, ID, epoch(2)).amount()).isEqualByComparingTo(new BigDecimal(epoch12));
        assertThat(NamePricing.price(label, ID, epoch(3)).toDouble()).isEqualTo(epoch3);
        assertThat(NamePricing.price(label, ID, epoch(4)).amount()).isEqualByComparingTo(BigDecimal.valueOf(epoch4));
        assertThat(NamePricing.stacksPrice(label, ID, epoch(6)).amount())
                .isEqualByComparingTo(BigDecimal.valueOf(epoch4Stacks));
    }

    @ParameterizedTest(name = "§11.7 length {0}")
    @CsvSource({
            "1, 42949672960, 8589934592, 8589934592, 8589934592",
            "2, 10737418240, 5368709120, 2147483648, 2147483648",
            "3, 2684354560, 1342177280, 536870912, 536870912",
            "15, 160, 80, 32, 32",
            "16, 40, 20, 10, 10",
            "20, 40, 20, 10, 10"})
    void documentedPriceTable(int length, long alphaWithVowel, long nonAlpha, long noVowel, long both) {
        List<Integer> buckets = List.of(15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        NamespaceRecord namespace = namespace(4, 4, buckets, 2, 5);
        Epoch epoch4 = epoch(4);
        assertThat(price(label("a", length), namespace, epoch4)).isEqualTo(alphaWithVowel);
        assertThat(price(label("a", length - 1) + "1", namespace, epoch4)).isEqualTo(nonAlpha);
        assertThat(price(label("b", length), namespace, epoch4)).isEqualTo(noVowel);
        assertThat(price(label("b", length - 1) + "1", namespace, epoch4)).isEqualTo(both);
    }

    private static String label(String c, int length) {
        return String.join("", Collections.nCopies(length, c));
    }

    private static long price(String label, NamespaceRecord namespace, Epoch epoch) {
        return NamePricing.price(label, namespace, epoch).amount().longValueExact();
    }

    @Test
    void vowelDiscountCountsYAndTakesTheLargerDiscount() {
        NamespaceRecord namespace = namespace(1, 2, Collections.nCopies(16, 10), 3, 7);
        assertThat(NamePricing.discount("xyz", namespace)).isEqualTo(1);
        assertThat(NamePricing.discount("xz1", namespace)).isEqualTo(7);
        assertThat(NamePricing.discount("xa1", namespace)).isEqualTo(3);
    }

    @ParameterizedTest(name = "namespace of length {0}")
    @CsvSource({
            "1, 40000000000, 4000000000, 640000000000",
            "2, 4000000000, 400000000, 64000000000",
            "3, 4000000000, 400000000, 64000000000",
            "4, 400000000, 40000000, 6400000000",
            "7, 400000000, 40000000, 6400000000",
            "8, 40000000, 4000000, 640000000",
            "19, 40000000, 4000000, 640000000"})
    void namespacePrices(int length, long epoch12, long epoch3, long stacks) {
        String id = label("x", length);
        assertThat(NamespacePricing.price(id, epoch(1), Price.Units.BTC).orElseThrow().amount().longValueExact())
                .isEqualTo(epoch12);
        assertThat(NamespacePricing.price(id, epoch(3), Price.Units.BTC).orElseThrow().amount().longValueExact())
                .isEqualTo(epoch3);
        assertThat(NamespacePricing.price(id, epoch(4), Price.Units.BTC)).isEmpty();
        assertThat(NamespacePricing.price(id, epoch(5), Price.Units.STACKS).orElseThrow().amount().longValueExact())
                .isEqualTo(stacks);
        assertThat(NamespacePricing.price(id, epoch(2), Price.Units.STACKS)).isEmpty();
    }

    @Test
    void regtestCutsTheOneLetterNamespaceTo41Bitcoin() {
        Epoch first = NetworkParams.regtest().epochs().get(0);
        assertThat(NamespacePricing.price("x", first, Price.Units.BTC).orElseThrow().amount().longValueExact())
                .isEqualTo(4_100_000_000L);
    }
}
