package org.blockstack.functions.core.bns.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.blockstack.functions.core.bns.Epoch;
import org.blockstack.functions.core.bns.state.NamespaceRecord;

/**
 * The name price function (bns-protocol §8.1, reference {@code scripts.price_name}): a
 * namespace's coefficient times its base to the power of the length bucket's exponent, divided
 * by the larger applicable discount, at least one cost unit, then scaled for the epoch. Floats
 * in epochs 1–3 (in exactly the reference's order of operations), integers from epoch 4.
 */
public final class NamePricing {
    /** Minimum name price in satoshis (BTC-priced namespaces). */
    public static final long NAME_COST_UNIT = 100;
    /** Minimum name price in micro-STX (STX-priced namespaces, version 3). */
    public static final long NAME_COST_UNIT_STACKS = 1733;
    private static final long MICROSTACKS_PER_SATOSHI_NUM = 650;
    private static final long MICROSTACKS_PER_SATOSHI_DEN = 15;

    private NamePricing() {
    }

    /**
     * The price of {@code label} (the name without its namespace) in {@code namespace}, with the
     * rules of {@code epoch}. Units follow the namespace: STX for version 3, else BTC.
     */
    public static Price price(String label, NamespaceRecord namespace, Epoch epoch) {
        boolean stacks = namespace.version() == NamespaceRecord.VERSION_PAY_WITH_STACKS;
        long unit = stacks ? NAME_COST_UNIT_STACKS : NAME_COST_UNIT;
        int exponent = label.length() < namespace.buckets().size()
                ? namespace.buckets().get(label.length() - 1)
                : namespace.buckets().get(namespace.buckets().size() - 1);
        int discount = discount(label, namespace);
        BigInteger coefficientTimesPower = BigInteger.valueOf(namespace.coeff())
                .multiply(BigInteger.valueOf(namespace.base()).pow(exponent));
        Price.Units units = stacks ? Price.Units.STACKS : Price.Units.BTC;
        if (epoch.integerPrices()) {
            BigInteger price = coefficientTimesPower.multiply(BigInteger.valueOf(unit))
                    .divide(BigInteger.valueOf(discount));
            if (price.compareTo(BigInteger.valueOf(unit)) < 0) {
                price = BigInteger.valueOf(unit);
            }
            long divisor = stacks ? epoch.priceDivisorStacks() : epoch.priceDivisor();
            return new Price(new BigDecimal(price.divide(BigInteger.valueOf(divisor))), units);
        }
        // divide, then multiply, in doubles: the reference's float arithmetic
        double price = (coefficientTimesPower.doubleValue() / (double) discount) * unit;
        if (price < unit) {
            price = unit;
        }
        double multiplier = stacks ? 1.0 : epoch.priceMultiplier();
        return new Price(new BigDecimal(price * multiplier), units);
    }

    /**
     * The STX price of a name in a BTC-priced namespace (bns-protocol §8.2): the BTC price,
     * truncated, converted at 650/15 micro-STX per satoshi. STX-priced namespaces: their price.
     */
    public static Price stacksPrice(String label, NamespaceRecord namespace, Epoch epoch) {
        Price price = price(label, namespace, epoch);
        if (price.units() == Price.Units.STACKS) {
            return price;
        }
        BigInteger converted = price.truncated().multiply(BigInteger.valueOf(MICROSTACKS_PER_SATOSHI_NUM))
                .divide(BigInteger.valueOf(MICROSTACKS_PER_SATOSHI_DEN));
        return new Price(new BigDecimal(converted), Price.Units.STACKS);
    }

    /** The larger of the discounts that apply; {@code y} counts as a vowel. */
    static int discount(String label, NamespaceRecord namespace) {
        int discount = 1;
        if (label.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0)) {
            discount = Math.max(discount, namespace.noVowelDiscount());
        }
        if (label.chars().anyMatch(c -> (c >= '0' && c <= '9') || c == '-' || c == '_')) {
            discount = Math.max(discount, namespace.nonalphaDiscount());
        }
        return discount;
    }
}
