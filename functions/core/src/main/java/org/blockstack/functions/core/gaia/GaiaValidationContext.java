package org.blockstack.functions.core.gaia;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a Gaia token is judged against. Only the clock is required; every hub-specific part is
 * optional, and a rule whose input is absent is not applied:
 *
 * <ul>
 * <li>{@code bucketAddress}: the bucket the request addresses (or an address hint); when absent,
 *     the bucket is simply the address of {@code iss}.</li>
 * <li>{@code serverName}: the hub's server name; when present the token's {@code gaiaChallenge}
 *     must be one of {@link GaiaChallenge#accepted(String)}. Legacy tokens sign the challenge text
 *     itself, so they can only be judged with a server name.</li>
 * <li>{@code requiredHubUrls}: when present, the hub requires a correct {@code hubUrl} claim: it
 *     must be one of these or {@code https://<serverName>} (one trailing {@code /} ignored).</li>
 * <li>{@code oldestValidTimestamp}: the bucket's revocation time in seconds; 0 means none.
 *     v1 tokens then need {@code iat >= oldestValidTimestamp}; legacy tokens ignore it.</li>
 * <li>{@code whitelist}: when present, the signing address must be in it.</li>
 * </ul>
 *
 * A hub builds the full context; a verifier judging a token alone (no challenge, scopes or
 * revocation) uses {@code GaiaValidationContext.at(now)}, optionally {@link #forBucket(String)}.
 * A {@link VerificationCache} ({@link #remembering}) saves the elliptic-curve work for tokens seen
 * before; it never changes a verdict.
 */
public record GaiaValidationContext(
        Instant now,
        Optional<String> bucketAddress,
        Optional<String> serverName,
        Optional<Set<String>> requiredHubUrls,
        long oldestValidTimestamp,
        Optional<Set<String>> whitelist,
        VerificationCache cache) {

    public GaiaValidationContext {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(bucketAddress, "bucketAddress");
        Objects.requireNonNull(serverName, "serverName");
        Objects.requireNonNull(cache, "cache");
        requiredHubUrls = requiredHubUrls.map(Set::copyOf);
        whitelist = whitelist.map(Set::copyOf);
    }

    /** Judges a token alone at {@code now}: signature, expiry, association token. */
    public static GaiaValidationContext at(Instant now) {
        return new GaiaValidationContext(now, Optional.empty(), Optional.empty(), Optional.empty(), 0,
                Optional.empty(), VerificationCache.NONE);
    }

    /** The token must own this bucket (the address of its compressed {@code iss}). */
    public GaiaValidationContext forBucket(String address) {
        return new GaiaValidationContext(now, Optional.of(address), serverName, requiredHubUrls,
                oldestValidTimestamp, whitelist, cache);
    }

    /** The token must carry one of this hub's challenge texts. */
    public GaiaValidationContext forServer(String name) {
        return new GaiaValidationContext(now, bucketAddress, Optional.of(name), requiredHubUrls,
                oldestValidTimestamp, whitelist, cache);
    }

    /** The token's {@code hubUrl} must be one of these (or {@code https://<serverName>}). */
    public GaiaValidationContext requiringHubUrl(Set<String> validHubUrls) {
        return new GaiaValidationContext(now, bucketAddress, serverName, Optional.of(validHubUrls),
                oldestValidTimestamp, whitelist, cache);
    }

    /** v1 tokens issued before this time (seconds) are revoked; 0 for none. */
    public GaiaValidationContext revokedBefore(long seconds) {
        return new GaiaValidationContext(now, bucketAddress, serverName, requiredHubUrls, seconds, whitelist, cache);
    }

    /** Only these signing addresses may write. */
    public GaiaValidationContext whitelisting(Set<String> addresses) {
        return new GaiaValidationContext(now, bucketAddress, serverName, requiredHubUrls, oldestValidTimestamp,
                Optional.of(addresses), cache);
    }

    /** Remembers key addresses and verified signatures in {@code verificationCache}. */
    public GaiaValidationContext remembering(VerificationCache verificationCache) {
        return new GaiaValidationContext(now, bucketAddress, serverName, requiredHubUrls, oldestValidTimestamp,
                whitelist, verificationCache);
    }
}
