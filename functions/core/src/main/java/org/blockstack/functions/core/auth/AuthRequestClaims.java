package org.blockstack.functions.core.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.Secp256k1Keys;

/**
 * The claims of an auth request as {@code makeAuthRequestToken} writes them for an app, without
 * the optional {@code jti}, {@code iat} and {@code exp}: the smallest request every rule accepts
 * (tokens spec §3). For tokens this code makes itself: warm-ups, benchmarks and tests.
 */
public final class AuthRequestClaims {
    private AuthRequestClaims() {
    }

    /** @param appOrigin the app's origin, e.g. {@code https://app.example.com} (no trailing slash) */
    public static Map<String, Object> of(Es256kSigner appKey, String appOrigin) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", "did:btc-addr:" + Secp256k1Keys.bitcoinAddress(appKey.publicKeyHex()));
        claims.put("public_keys", List.of(appKey.publicKeyHex()));
        claims.put("domain_name", appOrigin);
        claims.put("manifest_uri", appOrigin + "/manifest.json");
        claims.put("redirect_uri", appOrigin + "/");
        claims.put("version", "1.4.0");
        claims.put("scopes", List.of("store_write"));
        return claims;
    }
}
