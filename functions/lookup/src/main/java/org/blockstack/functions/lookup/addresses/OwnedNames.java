package org.blockstack.functions.lookup.addresses;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.StoreCalls;
import org.blockstack.functions.lookup.names.NameLookup;
import org.blockstack.functions.lookup.subdomains.Subdomains;

/**
 * The names an address owns (read-api §7): found by the owner's output script, which is what the
 * index keys names by, so either text encoding of the address finds them.
 */
@ApplicationScoped
public class OwnedNames {
    /** Which blockchain's addresses a path names: Core's {@code bitcoin} (base58) or Hiro's {@code stacks} (c32). */
    public static Optional<OwnerAddress> parse(String blockchain, String address) {
        return switch (blockchain) {
            case "bitcoin" -> OwnerAddress.fromBase58(address);
            case "stacks" -> OwnerAddress.fromC32(address);
            default -> Optional.empty();
        };
    }

    public static boolean isSupported(String blockchain) {
        return blockchain.equals("bitcoin") || blockchain.equals("stacks");
    }

    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;
    @Inject
    NameLookup names;
    @Inject
    Subdomains subdomains;

    /**
     * Names owned now, not revoked, then the subdomains owned. Core also leaves out expired names
     * (the rules' liveness, so names in their grace period stay); Hiro does not check expiry.
     */
    public List<String> of(OwnerAddress owner, Tip tip, boolean withoutExpired) {
        List<String> owned = new ArrayList<>();
        store.call(() -> index.namesOwnedBy(owner.scriptPubKeyHex()).toList()).stream()
                .filter(record -> !record.revoked())
                .filter(record -> !withoutExpired || names.isListed(record, tip))
                .map(NameRecord::name)
                .forEach(owned::add);
        owned.addAll(subdomains.ownedBy(owner));
        return owned;
    }
}
