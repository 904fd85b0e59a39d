package org.blockstack.functions.lookup.subdomains;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.blockstack.functions.core.addresses.OwnerAddress;

import io.quarkus.arc.DefaultBean;

/** No subdomain index: every question about subdomains is answered "none known". */
@DefaultBean
@ApplicationScoped
public class NoSubdomains implements Subdomains {
    @Override
    public Optional<Subdomain> find(String fqn) {
        return Optional.empty();
    }

    @Override
    public List<String> ofParent(String parentName) {
        return List.of();
    }

    @Override
    public List<String> ownedBy(OwnerAddress owner) {
        return List.of();
    }

    @Override
    public List<String> page(long offset, int count) {
        return List.of();
    }

    @Override
    public long count() {
        return 0;
    }

    @Override
    public List<Map<String, Object>> inTransaction(String txid) {
        return List.of();
    }
}
