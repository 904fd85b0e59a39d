package org.blockstack.functions.core.bns.pricing;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A price, held exactly as the reference computes it: a double in float-priced epochs (its
 * exact binary value), an integer from epoch 4 on. Payments are compared exactly.
 *
 * @param amount satoshis for BTC prices, micro-STX for STX prices
 */
public record Price(BigDecimal amount, Units units) {
    public enum Units { BTC, STACKS }

    /** Whether {@code paid} (an integer amount in the same units) covers this price. */
    public boolean isPaidBy(long paid) {
        return BigDecimal.valueOf(paid).compareTo(amount) >= 0;
    }

    /** The price as a double, as Python's {@code float(price)} gives it. */
    public double toDouble() {
        return amount.doubleValue();
    }

    /** The price truncated toward zero, as Python's {@code int(price)} gives it. */
    public BigInteger truncated() {
        return amount.toBigInteger();
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + units;
    }
}
