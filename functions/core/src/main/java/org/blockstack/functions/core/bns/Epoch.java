package org.blockstack.functions.core.bns;

import java.util.EnumSet;
import java.util.Set;

/**
 * One epoch of the BNS rules (bns-protocol §9): the heights it covers and every per-epoch
 * parameter. The reference keeps a per-namespace copy ({@code id}, and {@code test} in test
 * mode) that is identical to the default entry, so one set applies to every namespace.
 *
 * @param number            1-based
 * @param endBlock          last height of the epoch, inclusive; {@link #OPEN} for the last epoch
 * @param priceMultiplier   name price factor of float-priced epochs (no {@link EpochFeature#INT_DIVISION})
 * @param priceDivisor      name price divisor of integer-priced epochs, BTC-priced namespaces
 * @param priceDivisorStacks name price divisor of integer-priced epochs, STX-priced namespaces
 * @param lifetimeMultiplier factor on a namespace's name lifetime, evaluated at the query height
 * @param gracePeriod       blocks after expiry in which only the owner may renew
 * @param receiveFeesPeriod blocks after a version-2 namespace's reveal in which name fees go to its creator
 */
public record Epoch(
        int number,
        int endBlock,
        Set<EpochFeature> features,
        double priceMultiplier,
        long priceDivisor,
        long priceDivisorStacks,
        int lifetimeMultiplier,
        int gracePeriod,
        int receiveFeesPeriod,
        NamespacePrices namespacePrices) {

    /** The end of the last epoch: it never ends. */
    public static final int OPEN = Integer.MAX_VALUE;

    public Epoch {
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
        if (priceDivisor <= 0 || priceDivisorStacks <= 0) {
            throw new IllegalArgumentException("epoch " + number + ": price divisors must be positive");
        }
        if (lifetimeMultiplier < 0 || gracePeriod < 0 || receiveFeesPeriod < 0) {
            throw new IllegalArgumentException("epoch " + number
                    + ": lifetime multiplier, grace period and receive-fees period must not be negative");
        }
    }

    public boolean has(EpochFeature feature) {
        return features.contains(feature);
    }

    /** Whether name prices are integers divided by a divisor (else doubles times a multiplier). */
    public boolean integerPrices() {
        return has(EpochFeature.INT_DIVISION);
    }

    Epoch withEndBlock(int end) {
        return new Epoch(number, end, features, priceMultiplier, priceDivisor, priceDivisorStacks, lifetimeMultiplier,
                gracePeriod, receiveFeesPeriod, namespacePrices);
    }

    Epoch withPriceMultiplier(double value) {
        return new Epoch(number, endBlock, features, value, priceDivisor, priceDivisorStacks, lifetimeMultiplier,
                gracePeriod, receiveFeesPeriod, namespacePrices);
    }

    Epoch withPriceDivisor(long value) {
        return new Epoch(number, endBlock, features, priceMultiplier, value, priceDivisorStacks, lifetimeMultiplier,
                gracePeriod, receiveFeesPeriod, namespacePrices);
    }

    Epoch withLifetimeMultiplier(int value) {
        return new Epoch(number, endBlock, features, priceMultiplier, priceDivisor, priceDivisorStacks, value,
                gracePeriod, receiveFeesPeriod, namespacePrices);
    }

    Epoch withGracePeriod(int value) {
        return new Epoch(number, endBlock, features, priceMultiplier, priceDivisor, priceDivisorStacks,
                lifetimeMultiplier, value, receiveFeesPeriod, namespacePrices);
    }

    Epoch withReceiveFeesPeriod(int value) {
        return new Epoch(number, endBlock, features, priceMultiplier, priceDivisor, priceDivisorStacks,
                lifetimeMultiplier, gracePeriod, value, namespacePrices);
    }

    Epoch withNamespacePrices(NamespacePrices value) {
        return new Epoch(number, endBlock, features, priceMultiplier, priceDivisor, priceDivisorStacks,
                lifetimeMultiplier, gracePeriod, receiveFeesPeriod, value);
    }
}
