package org.blockstack.functions.core.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.util.Base64URL;

/**
 * ES256K signature verification as jsontokens' {@code TokenVerifier} does it (tokens spec §2.3):
 * SHA-256 over the signing input, a raw 64-byte r‖s signature, high-S accepted. The algorithm is
 * fixed here, never taken from the token header.
 */
public final class Es256kVerifier {
    private static final JWSHeader ES256K = new JWSHeader(JWSAlgorithm.ES256K);

    private Es256kVerifier() {
    }

    /** True when {@code token}'s signature verifies under {@code publicKeyHex}. */
    public static boolean verify(CompactToken token, String publicKeyHex) {
        byte[] signature = token.signature();
        if (signature.length != 64) {
            return false;
        }
        try {
            ECDSAVerifier verifier = new ECDSAVerifier(Secp256k1Keys.toJcaKey(Secp256k1Keys.decodePoint(publicKeyHex)));
            verifier.getJCAContext().setProvider(Secp256k1Keys.PROVIDER);
            return verifier.verify(ES256K, token.signingInput(), Base64URL.encode(signature));
        } catch (JOSEException e) {
            return false;
        }
    }
}
