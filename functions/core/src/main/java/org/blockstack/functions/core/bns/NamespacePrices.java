package org.blockstack.functions.core.bns;

import java.math.BigDecimal;
import java.util.List;

/**
 * An epoch's namespace price table (bns-protocol §8.4): one price per id-length tier — 1, 2–3,
 * 4–7 and 8–19 characters — in satoshis ({@link Units#BTC}) or micro-STX ({@link Units#STACKS}).
 * BTC prices are doubles in the reference and kept as such; STX prices are integers.
 */
public record NamespacePrices(Units units, List<Double> tiers) {
    public enum Units { BTC, STACKS }

    public NamespacePrices {
        tiers = List.copyOf(tiers);
        if (tiers.size() != 4) {
            throw new IllegalArgumentException("a namespace price table has 4 tiers (lengths 1, 2-3, 4-7, 8-19), got "
                    + tiers.size());
        }
        for (double price : tiers) {
            if (!(price >= 0) || Double.isInfinite(price)) {
                throw new IllegalArgumentException("namespace prices must be finite and non-negative, got " + price);
            }
        }
    }

    /** The price of a namespace id of {@code length} characters (1–19), exactly as the table holds it. */
    public BigDecimal priceFor(int length) {
        if (length < 1 || length > 19) {
            throw new IllegalArgumentException("namespace ids have 1-19 characters, got " + length);
        }
        int tier = length == 1 ? 0 : length <= 3 ? 1 : length <= 7 ? 2 : 3;
        return new BigDecimal(tiers.get(tier));
    }

    /** The same table with every price divided by {@code divisor} (epoch 3 cut BTC prices tenfold). */
    NamespacePrices dividedBy(double divisor) {
        return new NamespacePrices(units, tiers.stream().map(p -> p / divisor).toList());
    }
}
