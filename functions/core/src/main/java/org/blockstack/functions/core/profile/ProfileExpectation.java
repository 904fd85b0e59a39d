package org.blockstack.functions.core.profile;

/**
 * Whom the caller expects to have signed a profile token: a public key (hex, compared as
 * written), an address, both, or neither (then the token is only checked against itself).
 */
public record ProfileExpectation(String publicKey, String address) {
    public static final ProfileExpectation NONE = new ProfileExpectation(null, null);

    public boolean isEmpty() {
        return publicKey == null && address == null;
    }
}
