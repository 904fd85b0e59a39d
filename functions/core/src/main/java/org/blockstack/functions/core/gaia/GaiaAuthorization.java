package org.blockstack.functions.core.gaia;

import java.util.OptionalDouble;

/**
 * A token that passed validation: which bucket it owns, who vouched for it (the signing address,
 * which the whitelist is checked against), and what it may touch.
 *
 * @param issuer         the public key hex of the token, as written in it
 * @param bucketAddress  the address of the compressed issuer key: the bucket the token owns
 * @param signingAddress the association token's issuer address if there is one, else the bucket address
 * @param scopes         the token's scopes ({@link GaiaScopes#NONE} for legacy tokens and tokens without)
 * @param issuedAt       {@code iat} in seconds, when the token has a numeric one
 */
public record GaiaAuthorization(
        Version version,
        String issuer,
        String bucketAddress,
        String signingAddress,
        GaiaScopes scopes,
        OptionalDouble issuedAt) {

    /** The two token schemes of tokens spec §6.1. */
    public enum Version {
        V1, LEGACY
    }
}
