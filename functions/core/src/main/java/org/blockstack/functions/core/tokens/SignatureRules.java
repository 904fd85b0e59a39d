package org.blockstack.functions.core.tokens;

import java.util.Locale;

import org.bouncycastle.math.ec.ECPoint;

/** The header and signature rules every Blockstack JWT shares. */
public final class SignatureRules {
    private SignatureRules() {
    }

    /**
     * The header's {@code alg} must be ES256K in any letter case (compared as JavaScript's
     * {@code toUpperCase} does, as jsontokens' verifier constructor does). The reference verifiers
     * for auth messages never read {@code alg}; refusing anything else follows the spec's
     * recommendation (§2.4) and never refuses a token a library emits.
     */
    public static TokenCheck algorithm(CompactToken token) {
        Object alg = token.header().get("alg");
        if (alg instanceof String name && name.toUpperCase(Locale.ROOT).equals("ES256K")) {
            return TokenCheck.pass("algorithm", "header alg is " + name);
        }
        String found = alg == null ? "missing" : alg instanceof String name ? "'" + name + "'" : "a " + JsValues.typeOf(alg);
        return TokenCheck.fail("algorithm", "header alg is " + found
                + ", expected ES256K (tokens signed otherwise, or unsigned, are never accepted)");
    }

    /**
     * The signature must verify under {@code publicKeyHex}, read as jsontokens reads keys (SEC1
     * compressed or uncompressed, or a bare x coordinate). {@code keySource} names where the key
     * came from, for the reason.
     */
    public static TokenCheck signature(CompactToken token, String publicKeyHex, String keySource) {
        ECPoint key;
        try {
            key = Secp256k1Keys.decodeJsonTokensKey(publicKeyHex);
        } catch (IllegalArgumentException e) {
            return TokenCheck.fail("signature", keySource + " is not a usable public key: " + e.getMessage());
        }
        byte[] signature = token.signatureBytes();
        if (signature.length != Es256kVerifier.SIGNATURE_BYTES) {
            return TokenCheck.fail("signature", "signature segment decodes to " + signature.length
                    + " bytes, expected 64 (raw r||s; DER-encoded and empty signatures are not ES256K JWT signatures)");
        }
        if (Es256kVerifier.verify(token, key)) {
            return TokenCheck.pass("signature", "ES256K signature verifies under " + keySource);
        }
        return TokenCheck.fail("signature", "ES256K signature does not verify under " + keySource
                + " (payload or signature altered, or signed by another key)");
    }
}
