package org.blockstack.functions.verify;

import org.blockstack.functions.core.tokens.TokenVerdict;

/**
 * Judges a Gaia hub token on its own (tokens spec §6, without a hub's challenge text, scopes or
 * revocation state). The rules live with the Gaia hub's validator in the core; this is the seam
 * where the verify function plugs it in. A valid verdict's {@code issuerAddress} is the bucket
 * address the token may write to.
 */
public interface GaiaTokenJudge {
    /** @param token as a hub receives it: {@code v1:<JWT>}, a bare JWT, or a legacy v0 token */
    TokenVerdict judge(String token, TokenHints hints);
}
