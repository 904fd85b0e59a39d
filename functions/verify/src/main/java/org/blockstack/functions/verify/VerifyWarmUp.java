package org.blockstack.functions.verify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.aws.WarmUp;
import org.blockstack.functions.core.auth.AuthRequestClaims;
import org.blockstack.functions.core.tokens.Es256kSigner;

/**
 * Judges one auth request while the function starts, so the first real token finds the secp256k1
 * arithmetic, the JSON and token classes loaded. The token is made here with a key of no value and
 * never leaves the function; no index is asked (auth requests name no owner).
 */
@ApplicationScoped
public class VerifyWarmUp implements WarmUp {
    /** A throwaway key: anything it signs proves nothing to anyone. */
    private static final String THROWAWAY_KEY = "01".repeat(32);

    @Inject
    VerifyService verifier;

    @Override
    public void run() {
        judgeSample();
    }

    /** A valid auth request, so that every check runs, signature included. */
    VerifyService.Judgement judgeSample() {
        Es256kSigner key = new Es256kSigner(THROWAWAY_KEY);
        String token = key.sign(AuthRequestClaims.of(key, "https://warm-up.invalid"));
        return verifier.judge(token, TokenType.AUTH_REQUEST, TokenHints.NONE);
    }
}
