package org.blockstack.functions.lookup.zonefiles;

import java.util.Arrays;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.infra.aws.s3.ZonefileStore;
import org.blockstack.functions.lookup.http.OffChainReads;
import org.blockstack.functions.lookup.http.StoreCalls;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Zone files by hash: the S3 store behind an in-memory cache. A zone file never changes under its
 * hash, so a cached copy never goes stale; files not found are not remembered, since they may be
 * published any moment. A stored file whose bytes do not hash to its key is treated as absent.
 */
@ApplicationScoped
public class ZonefileLibrary {
    /** Largest zone file Core accepted (read-api §3.7). */
    public static final int MAX_BYTES = 40_960;
    private static final long CACHE_BYTES = 16L * 1024 * 1024;

    @Inject
    ZonefileStore zonefiles;
    @Inject
    StoreCalls store;

    private final Cache<String, byte[]> cache = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((String hash, byte[] bytes) -> bytes.length + hash.length())
            .build();

    /** The zone file with this hash (40 lower-case hex), if this service has it. */
    public Optional<byte[]> get(String hash) {
        byte[] cached = cache.getIfPresent(hash);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<byte[]> stored = store.call(() -> zonefiles.get(hash))
                .filter(bytes -> BnsHashes.valueHash(bytes).equals(hash));
        stored.ifPresentOrElse(bytes -> cache.put(hash, bytes), OffChainReads::zonefileMissing);
        return stored;
    }

    /** Stores a zone file whose hash the caller has checked was announced. */
    public void put(String hash, byte[] bytes) {
        if (!BnsHashes.valueHash(bytes).equals(hash)) {
            throw new IllegalArgumentException("bytes do not hash to " + hash);
        }
        store.run(() -> zonefiles.put(hash, bytes));
        cache.put(hash, Arrays.copyOf(bytes, bytes.length));
    }

    /** Whether the store holds the file (asked of the store itself, never of the cache). */
    public boolean isStored(String hash) {
        return store.call(() -> zonefiles.contains(hash));
    }
}
