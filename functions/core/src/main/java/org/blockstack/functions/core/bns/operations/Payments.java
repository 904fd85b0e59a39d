package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.util.Optional;

import org.blockstack.functions.core.bns.Epoch;
import org.blockstack.functions.core.bns.EpochFeature;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.pricing.NamePricing;
import org.blockstack.functions.core.bns.pricing.Price;
import org.blockstack.functions.core.bns.state.NamespaceRecord;

/**
 * Whether a registration or renewal paid for its name (bns-protocol §8.5, reference
 * {@code register.check_payment}): where the fee went and whether it covers the price, by
 * namespace version, in BTC or in STX.
 *
 * <p>The Stacks v1 token ledger is out of scope (§12.3): an STX payment is checked against the
 * price only; the payer's balance is taken as sufficient.
 */
final class Payments {
    /** What paid: the amount and its units. */
    record Paid(long amount, Price.Units units) {
        boolean inStacks() {
            return units == Price.Units.STACKS;
        }
    }

    /** The outcome: a rejection, or what paid. */
    record Outcome(Optional<Rejection> rejection, Paid paid) {
        static Outcome rejected(Optional<Rejection> rejection) {
            return new Outcome(rejection, null);
        }
    }

    private Payments() {
    }

    /**
     * @param fqn          the name
     * @param namespace    its (ready) namespace
     * @param priceHeight  the height whose epoch prices the name (the preorder's for registrations)
     * @param feeAddress   the address of the fee output
     * @param btcFee       satoshis in the fee output
     * @param stacksPaid   micro-STX paid, if any was (registrations: by the preorder; renewals: a non-zero body amount)
     */
    static Outcome check(OperationContext context, String fqn, NamespaceRecord namespace, int priceHeight,
            String feeAddress, long btcFee, Optional<Long> stacksPaid) {
        Outcome outcome = byVersion(context, fqn, namespace, priceHeight, feeAddress, btcFee, stacksPaid);
        if (outcome.paid() != null && outcome.paid().inStacks()
                && !context.epoch().has(EpochFeature.NAMEOPS_COST_TOKENS)) {
            return Outcome.rejected(reject(RejectReason.STACKS_NOT_ALLOWED, "epoch " + context.epoch().number()
                    + " does not accept STX for names"));
        }
        return outcome;
    }

    private static Outcome byVersion(OperationContext context, String fqn, NamespaceRecord namespace,
            int priceHeight, String feeAddress, long btcFee, Optional<Long> stacksPaid) {
        Epoch now = context.epoch();
        Epoch priceEpoch = context.epochAt(priceHeight);
        String label = NameSyntax.labelOf(fqn);
        String burn = context.params().burnAddress();
        boolean tokensActive = now.has(EpochFeature.NAMEOPS_COST_TOKENS);
        switch (namespace.version()) {
            case NamespaceRecord.VERSION_PAY_TO_BURN -> {
                if (!burn.equals(feeAddress)) {
                    return Outcome.rejected(reject(RejectReason.WRONG_FEE_ADDRESS,
                            "fee for " + fqn + " went to " + feeAddress + ", expected the burn address " + burn));
                }
                if (tokensActive && stacksPaid.isPresent()) {
                    return inStacks(fqn, NamePricing.stacksPrice(label, namespace, priceEpoch), stacksPaid.get());
                }
                return inBitcoin(fqn, NamePricing.price(label, namespace, priceEpoch), btcFee);
            }
            case NamespaceRecord.VERSION_PAY_TO_CREATOR -> {
                if (!now.has(EpochFeature.NAMESPACE_BURN_TO_CREATOR)) {
                    return Outcome.rejected(reject(RejectReason.VERSION_NOT_ALLOWED, "namespace "
                            + namespace.namespaceId() + " is version 2, which epoch " + now.number() + " does not support"));
                }
                boolean toCreator = (long) namespace.revealBlock() + now.receiveFeesPeriod() >= context.height();
                String expected = toCreator ? namespace.address() : burn;
                if (!expected.equals(feeAddress)) {
                    return Outcome.rejected(reject(RejectReason.WRONG_FEE_ADDRESS, "fee for " + fqn + " went to "
                            + feeAddress + ", expected " + (toCreator ? "the namespace creator " : "the burn address ")
                            + expected));
                }
                if (tokensActive && stacksPaid.isPresent()) {
                    if (toCreator) {
                        return Outcome.rejected(reject(RejectReason.STACKS_NOT_ALLOWED, fqn
                                + " must be paid in BTC to the namespace creator while it collects fees"));
                    }
                    return inStacks(fqn, NamePricing.stacksPrice(label, namespace, priceEpoch), stacksPaid.get());
                }
                return inBitcoin(fqn, NamePricing.price(label, namespace, priceEpoch), btcFee);
            }
            case NamespaceRecord.VERSION_PAY_WITH_STACKS -> {
                if (!now.has(EpochFeature.NAMESPACE_PAY_WITH_STACKS)) {
                    return Outcome.rejected(reject(RejectReason.VERSION_NOT_ALLOWED, "namespace "
                            + namespace.namespaceId() + " is version 3, which epoch " + now.number() + " does not support"));
                }
                if (!burn.equals(feeAddress)) {
                    return Outcome.rejected(reject(RejectReason.WRONG_FEE_ADDRESS,
                            "fee for " + fqn + " went to " + feeAddress + ", expected the burn address " + burn));
                }
                if (stacksPaid.isEmpty()) {
                    return Outcome.rejected(reject(RejectReason.FEE_TOO_LOW,
                            fqn + " is priced in STX but nothing was paid in STX"));
                }
                return inStacks(fqn, NamePricing.price(label, namespace, priceEpoch), stacksPaid.get());
            }
            default -> {
                return Outcome.rejected(reject(RejectReason.VERSION_NOT_ALLOWED,
                        "namespace " + namespace.namespaceId() + " has unknown version " + namespace.version()));
            }
        }
    }

    private static Outcome inBitcoin(String fqn, Price price, long paid) {
        return paid(fqn, price, new Paid(paid, Price.Units.BTC));
    }

    private static Outcome inStacks(String fqn, Price price, long paid) {
        return paid(fqn, price, new Paid(paid, Price.Units.STACKS));
    }

    private static Outcome paid(String fqn, Price price, Paid paid) {
        if (!price.isPaidBy(paid.amount())) {
            return Outcome.rejected(reject(RejectReason.FEE_TOO_LOW,
                    fqn + " costs " + price + ", paid " + paid.amount() + " " + paid.units()));
        }
        return new Outcome(Optional.empty(), paid);
    }
}
