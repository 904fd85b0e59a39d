package org.blockstack.functions.verify;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.aws.WarmUp;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.Secp256k1Keys;

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
        String token = key.sign(Map.of(
                "iss", "did:btc-addr:" + Secp256k1Keys.bitcoinAddress(key.publicKeyHex()),
                "public_keys", List.of(key.publicKeyHex()),
                "domain_name", "https://warm-up.invalid",
                "manifest_uri", "https://warm-up.invalid/manifest.json",
                "redirect_uri", "https://warm-up.invalid/",
                "version", "1.4.0",
                "scopes", List.of("store_write")));
        return verifier.judge(token, TokenType.AUTH_REQUEST, TokenHints.NONE);
    }
}
