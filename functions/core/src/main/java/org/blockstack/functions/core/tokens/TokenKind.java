package org.blockstack.functions.core.tokens;

import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** The kinds of Blockstack tokens, and how to tell them apart when the caller does not say. */
public enum TokenKind {
    AUTH_REQUEST,
    AUTH_RESPONSE,
    PROFILE,
    GAIA;

    /**
     * Gaia tokens as a hub receives them: {@code v1:<JWT>}, or a legacy v0 token (standard base64
     * of {@code {"publickey": …, "signature": …}}, no dots).
     */
    public static boolean isGaiaText(String token) {
        if (token.startsWith("v1:")) {
            return true;
        }
        if (token.indexOf('.') >= 0 || token.length() > 4096) {
            return false;
        }
        try {
            String json = new String(Base64.getDecoder().decode(token), java.nio.charset.StandardCharsets.UTF_8);
            return json.startsWith("{") && json.contains("\"publickey\"") && json.contains("\"signature\"");
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }

    /**
     * The kind a decoded JWT's claims show: Gaia tokens carry {@code gaiaChallenge}; profile tokens
     * a {@code claim} with a {@code subject} or {@code issuer}; auth requests the app's
     * {@code domain_name}, {@code manifest_uri} or {@code redirect_uri}; auth responses, which
     * have none of those, {@code public_keys}.
     */
    public static Optional<TokenKind> of(CompactToken token) {
        Map<String, Object> payload = token.payload();
        if (payload.containsKey("gaiaChallenge")) {
            return Optional.of(GAIA);
        }
        if (payload.containsKey("claim") && (payload.containsKey("subject") || payload.containsKey("issuer"))) {
            return Optional.of(PROFILE);
        }
        if (payload.containsKey("domain_name") || payload.containsKey("manifest_uri")
                || payload.containsKey("redirect_uri")) {
            return Optional.of(AUTH_REQUEST);
        }
        if (payload.containsKey("public_keys")) {
            return Optional.of(AUTH_RESPONSE);
        }
        return Optional.empty();
    }
}
