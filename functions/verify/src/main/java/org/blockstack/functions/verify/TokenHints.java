package org.blockstack.functions.verify;

import java.util.Set;

import org.blockstack.functions.core.profile.ProfileExpectation;

/**
 * What the caller expects of the token, all optional (null when not given): the signer's
 * {@code publicKey}, an {@code address} (a profile's owner, or a Gaia token's bucket), and the hub
 * URLs a Gaia token's {@code hubUrl} claim must name (one from a request's {@code hubUrl}, or the
 * authorizer's configured set).
 */
public record TokenHints(String publicKey, String address, Set<String> hubUrls) {
    public static final TokenHints NONE = new TokenHints(null, null, null);

    public TokenHints {
        hubUrls = hubUrls == null ? null : Set.copyOf(hubUrls);
    }

    /** Only a Gaia token whose {@code hubUrl} claim names one of these passes. */
    public static TokenHints requiringHubUrl(Set<String> hubUrls) {
        return new TokenHints(null, null, hubUrls);
    }

    public ProfileExpectation profileExpectation() {
        return new ProfileExpectation(publicKey, address);
    }
}
