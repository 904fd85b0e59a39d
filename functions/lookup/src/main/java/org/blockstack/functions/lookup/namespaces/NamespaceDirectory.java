package org.blockstack.functions.lookup.namespaces;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.StoreCalls;

/**
 * Every namespace, read with one scan per processed block: namespaces are a handful, every name
 * answer needs its namespace (expiry), and they change only when a block holds a reveal or ready.
 */
@ApplicationScoped
public class NamespaceDirectory {
    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;

    private volatile Snapshot snapshot;

    private record Snapshot(Tip tip, Map<String, NamespaceRecord> byId) {
    }

    /** Revealed and ready namespaces by id, in id order. */
    public Map<String, NamespaceRecord> all(Tip tip) {
        Snapshot current = snapshot;
        if (current == null || !current.tip().equals(tip)) {
            Map<String, NamespaceRecord> byId = new TreeMap<>();
            store.call(index::namespaces).forEach(ns -> byId.put(ns.namespaceId(), ns));
            current = new Snapshot(tip, byId);
            snapshot = current;
        }
        return current.byId();
    }

    public Optional<NamespaceRecord> get(String namespaceId, Tip tip) {
        return Optional.ofNullable(all(tip).get(namespaceId));
    }
}
