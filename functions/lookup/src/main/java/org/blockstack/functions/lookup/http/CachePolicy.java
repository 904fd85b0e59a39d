package org.blockstack.functions.lookup.http;

/**
 * How long a CDN or API Gateway cache in front may keep an answer (read-api §3.3, the Core
 * gateway's values). Answers other than 200 are kept at most {@link #STATUS}'s time: a name that
 * is available now may be registered in the next block.
 */
public enum CachePolicy {
    /** Node status and consensus: changes with every block. */
    STATUS(30),
    /** One name's record. */
    NAME(300),
    /** Listings, counts, prices, history and everything else read from the index. */
    INDEX(1800),
    /** Resolved profiles ({@code /v1/users}): they live in Gaia, outside the chain. */
    PROFILE(12 * 3600),
    /** Content addressed (a zone file by its hash): never changes once found. */
    IMMUTABLE(365 * 24 * 3600);

    private final int maxAgeSeconds;

    CachePolicy(int maxAgeSeconds) {
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /** The {@code Cache-Control} value for an answer with {@code status}. */
    public String cacheControl(int status) {
        if (status >= 500) {
            return "no-store";
        }
        int seconds = status == 200 ? maxAgeSeconds : Math.min(maxAgeSeconds, STATUS.maxAgeSeconds);
        return this == IMMUTABLE && status == 200 ? "public, max-age=" + seconds + ", immutable"
                : "public, max-age=" + seconds;
    }
}
