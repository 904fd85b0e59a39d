package org.blockstack.functions.storage;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.gaia.GaiaChallenge;
import org.blockstack.functions.core.gaia.GaiaKeys;
import org.blockstack.functions.core.tokens.Es256kSigner;

/** An app key writing to its bucket, with the v1 tokens a client would make for this hub ("gaia-0"). */
final class TestKeys {
    private final Es256kSigner signer;
    final String address;

    private TestKeys(String privateKeyHex) {
        this.signer = new Es256kSigner(privateKeyHex);
        this.address = GaiaKeys.bucketAddress(signer.publicKeyHex());
    }

    /** A fresh key per test, so tests never share a bucket. */
    static TestKeys random() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        key[0] = 0x11; // comfortably below the curve order
        return new TestKeys(java.util.HexFormat.of().formatHex(key));
    }

    /** {@code bearer v1:<token>} as {@code @stacks/storage} makes it: no iat, exp or scopes. */
    String bearer() {
        return bearer(Map.of());
    }

    /** A token issued at {@code iat} (seconds), for revocation tests. */
    String bearerIssuedAt(Instant iat) {
        return bearer(Map.of("iat", iat.getEpochSecond()));
    }

    String bearerWithScopes(List<Map<String, String>> scopes) {
        return bearer(Map.of("scopes", scopes));
    }

    String bearer(Map<String, Object> extraClaims) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("gaiaChallenge", GaiaChallenge.current("gaia-0"));
        payload.put("hubUrl", "http://localhost");
        payload.put("iss", signer.publicKeyHex());
        payload.put("salt", Long.toHexString(System.nanoTime()));
        payload.putAll(extraClaims);
        return "bearer v1:" + signer.sign(payload);
    }
}
