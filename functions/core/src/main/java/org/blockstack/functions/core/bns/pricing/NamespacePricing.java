package org.blockstack.functions.core.bns.pricing;

import java.util.Optional;

import org.blockstack.functions.core.bns.Epoch;
import org.blockstack.functions.core.bns.NamespacePrices;

/** Namespace prices (bns-protocol §8.4), from the epoch's table, by id length. */
public final class NamespacePricing {
    private NamespacePricing() {
    }

    /**
     * The price of namespace {@code id} in {@code units} in {@code epoch}, or empty when the epoch
     * has no table in those units (BTC from epoch 4 on, STX before).
     */
    public static Optional<Price> price(String id, Epoch epoch, Price.Units units) {
        NamespacePrices table = epoch.namespacePrices();
        boolean sameUnits = (table.units() == NamespacePrices.Units.BTC) == (units == Price.Units.BTC);
        if (!sameUnits) {
            return Optional.empty();
        }
        return Optional.of(new Price(table.priceFor(id.length()), units));
    }
}
