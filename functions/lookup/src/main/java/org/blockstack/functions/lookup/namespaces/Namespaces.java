package org.blockstack.functions.lookup.namespaces;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.NetworkSettings;
import org.blockstack.functions.core.bns.NameLifetime;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.lookup.chain.Tip;

/**
 * Namespaces as the read API shows them: ready ones, and revealed ones whose reveal has not lapsed
 * at the last processed block (Core's {@code get_namespace} / {@code get_namespace_reveal}).
 */
@ApplicationScoped
public class Namespaces {
    @Inject
    NamespaceDirectory directory;
    @Inject
    NetworkSettings network;

    /** A ready namespace, or a revealed one still within its reveal period. */
    public Optional<NamespaceRecord> existing(String namespaceId, Tip tip) {
        return directory.get(namespaceId, tip).filter(ns -> ns.isReady()
                || NameLifetime.isRevealedAt(ns, network.bnsParams(), tip.height()));
    }

    /** The ids of ready namespaces, sorted. */
    public List<String> readyIds(Tip tip) {
        return directory.all(tip).values().stream().filter(NamespaceRecord::isReady)
                .map(NamespaceRecord::namespaceId).toList();
    }
}
