package org.blockstack.functions.core.tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Verifies a token against the public key it carries in its own payload ({@code public_keys[0]}
 * of auth tokens, {@code iss} of Gaia tokens, {@code issuer.publicKey} of profile tokens). This
 * proves only that the holder of that key signed the payload; the type-specific rules build on it.
 */
public final class EmbeddedKeySignatureCheck {
    private EmbeddedKeySignatureCheck() {
    }

    public static List<TokenCheck> check(CompactToken token) {
        List<TokenCheck> checks = new ArrayList<>();
        TokenCheck algorithm = SignatureRules.algorithm(token);
        checks.add(algorithm);
        if (!algorithm.ok()) {
            return checks;
        }
        String publicKey = embeddedPublicKey(token.payload());
        if (publicKey == null) {
            checks.add(TokenCheck.fail("publicKey",
                    "payload carries no public key (expected public_keys[0], iss or issuer.publicKey)"));
            return checks;
        }
        try {
            Secp256k1Keys.decodePoint(publicKey);
        } catch (IllegalArgumentException e) {
            checks.add(TokenCheck.fail("publicKey", e.getMessage()));
            return checks;
        }
        checks.add(TokenCheck.pass("publicKey", "payload names public key " + publicKey));
        checks.add(SignatureRules.signature(token, publicKey, "the payload's public key"));
        return checks;
    }

    static String embeddedPublicKey(Map<String, Object> payload) {
        if (payload.get("public_keys") instanceof List<?> keys && !keys.isEmpty() && keys.get(0) instanceof String key) {
            return key;
        }
        if (payload.get("issuer") instanceof Map<?, ?> issuer && issuer.get("publicKey") instanceof String key) {
            return key;
        }
        if (payload.get("iss") instanceof String iss && iss.matches("[0-9a-fA-F]{66}|[0-9a-fA-F]{130}")) {
            return iss;
        }
        return null;
    }
}
