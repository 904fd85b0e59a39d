package org.blockstack.functions.lookup.names;

import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.infra.aws.dynamodb.bns.BnsReadIndex;
import org.blockstack.functions.lookup.chain.Tip;
import org.blockstack.functions.lookup.http.StoreCalls;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Name listings and counts (read-api §5.6, §6.3, §6.4, §9.3): names in name order, 100 per page,
 * without expired names unless asked (the rules' liveness at the last processed block, revoked
 * names included), read lazily from the name-ordered indexes. Counts are kept per processed block;
 * a page past the count is answered without reading the index.
 */
@ApplicationScoped
public class NameListing {
    public static final int PAGE_SIZE = 100;

    @Inject
    BnsReadIndex index;
    @Inject
    StoreCalls store;
    @Inject
    NameLookup names;

    private final Cache<String, Long> counts = Caffeine.newBuilder().maximumSize(1_000).build();

    /** Page {@code page} of every name, or of the names of {@code namespaceId} when it is not null. */
    public List<String> page(Tip tip, String namespaceId, long page, boolean includeExpired) {
        if (isPastTheEnd(tip, namespaceId, page)) {
            return List.of();
        }
        return store.call(() -> listed(tip, namespaceId, includeExpired)
                .skip(page * PAGE_SIZE).limit(PAGE_SIZE).map(NameRecord::name).toList());
    }

    /**
     * Whether page {@code page} lies beyond every name in the index (of {@code namespaceId}, when not
     * null), revoked and expired ones included: then no listing has anything there, and the index
     * need not be read (a request for page 10^9 would otherwise read all of it).
     */
    public boolean isPastTheEnd(Tip tip, String namespaceId, long page) {
        return page >= (count(tip, namespaceId, true) + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /** How many names (of {@code namespaceId}, when not null) there are, with or without expired ones. */
    public long count(Tip tip, String namespaceId, boolean includeExpired) {
        String key = tip.height() + "/" + tip.blockHash() + "/" + namespaceId + "/" + includeExpired;
        return counts.get(key, k -> store.call(() -> listed(tip, namespaceId, includeExpired).count()));
    }

    private Stream<NameRecord> listed(Tip tip, String namespaceId, boolean includeExpired) {
        Stream<NameRecord> all = namespaceId == null ? index.allNames() : index.namesInNamespace(namespaceId);
        return includeExpired ? all : all.filter(record -> names.isListed(record, tip));
    }
}
