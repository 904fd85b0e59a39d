package org.blockstack.functions.verify;

import org.blockstack.functions.core.profile.ProfileExpectation;

/**
 * What the caller expects of the token, all optional: the signer's {@code publicKey}, an
 * {@code address} (a profile's owner, or a Gaia token's bucket), and the Gaia {@code hubUrl}.
 */
public record TokenHints(String publicKey, String address, String hubUrl) {
    public static final TokenHints NONE = new TokenHints(null, null, null);

    public ProfileExpectation profileExpectation() {
        return new ProfileExpectation(publicKey, address);
    }
}
