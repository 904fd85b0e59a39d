package org.blockstack.functions.lookup.prices;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.core.bns.Epoch;
import org.blockstack.functions.core.bns.NamespacePrices;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.pricing.NamePricing;
import org.blockstack.functions.core.bns.pricing.NamespacePricing;
import org.blockstack.functions.core.bns.pricing.Price;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.namespaces.Namespaces;

/**
 * Name and namespace prices at the last processed block, with the core's price functions and the
 * epoch of that block (the reference prices at its last block): whole units, rounded up as Core's
 * {@code int(math.ceil(price))}.
 */
@ApplicationScoped
public class PriceQuotes {
    @Inject
    Namespaces namespaces;
    @Inject
    NetworkSettings network;

    /** A price as Core answers it: {@code units}, {@code amount} as a string, {@code satoshis} for BTC. */
    public record Quote(String units, BigInteger amount) {
        public Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("units", units);
            json.put("amount", amount.toString());
            if (units.equals("BTC")) {
                json.put("satoshis", amount);
            }
            return json;
        }
    }

    /** The price of a valid on-chain name; empty when its namespace does not exist. */
    public Optional<Quote> name(String fqn, Tip tip) {
        return namespaces.existing(NameSyntax.namespaceOf(fqn), tip).map(namespace -> quote(
                NamePricing.price(NameSyntax.labelOf(fqn), namespace, epoch(tip))));
    }

    /** The price of a namespace id in the units of the epoch's namespace price table. */
    public Optional<Quote> namespace(String namespaceId, Tip tip) {
        Epoch epoch = epoch(tip);
        Price.Units units = epoch.namespacePrices().units() == NamespacePrices.Units.BTC
                ? Price.Units.BTC : Price.Units.STACKS;
        return NamespacePricing.price(namespaceId, epoch, units).map(PriceQuotes::quote);
    }

    private Epoch epoch(Tip tip) {
        return network.bnsParams().epochAt(tip.height());
    }

    private static Quote quote(Price price) {
        return new Quote(price.units().name(), price.amount().setScale(0, RoundingMode.CEILING).toBigIntegerExact());
    }
}
