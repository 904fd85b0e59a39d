package org.blockstack.functions.benchmarks.tokens;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.Secp256k1Keys;

/**
 * The tokens both sides of the benchmark verify: one of each kind, shaped and sized as the
 * libraries make them (an auth response carries an encrypted app key and an association token,
 * ~2.4 kB). Deterministic (fixed keys, RFC 6979 signatures), so the JMH fork and the Node run
 * measure byte-identical tokens.
 */
public final class BenchmarkTokens {
    /** A benchmark token and the key its signature verifies under. */
    public record Token(String type, String token, String publicKey) {
    }

    private static final Es256kSigner IDENTITY = signer("identity");
    private static final Es256kSigner APP = signer("app");
    private static final Es256kSigner TRANSIT = signer("transit");

    private BenchmarkTokens() {
    }

    public static List<Token> all() {
        return List.of(authRequest(), authResponse(), profile());
    }

    public static Token authRequest() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", "dbbf8e68-4092-456d-97fc-591269137d38");
        claims.put("iat", 1_700_000_000);
        claims.put("exp", 4_102_444_800L);
        claims.put("iss", did(TRANSIT));
        claims.put("public_keys", List.of(TRANSIT.publicKeyHex()));
        claims.put("domain_name", "https://app.example.com");
        claims.put("manifest_uri", "https://app.example.com/manifest.json");
        claims.put("redirect_uri", "https://app.example.com/");
        claims.put("version", "1.4.0");
        claims.put("do_not_include_profile", true);
        claims.put("supports_hub_url", true);
        claims.put("scopes", List.of("store_write", "publish_data"));
        return new Token("authRequest", TRANSIT.sign(claims), TRANSIT.publicKeyHex());
    }

    public static Token authResponse() {
        Map<String, Object> association = new LinkedHashMap<>();
        association.put("childToAssociate", APP.publicKeyHex());
        association.put("iss", IDENTITY.publicKeyHex());
        association.put("exp", 4_102_444_800L);
        association.put("iat", 1_700_000_000);
        association.put("salt", "00112233445566778899aabbccddeeff");
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", "cfba6a3d-4a72-4f22-9852-ddf453bc14de");
        claims.put("iat", 1_700_000_000);
        claims.put("exp", 4_102_444_800L);
        claims.put("iss", did(IDENTITY));
        // the app key as makeAuthResponse encrypts it: hex of the ECIES JSON object (~680 characters)
        claims.put("private_key", HexFormat.of().formatHex(("{\"iv\":\"" + hex(16, "iv") + "\",\"ephemeralPK\":\"02"
                + hex(32, "ephemeral") + "\",\"cipherText\":\"" + hex(96, "cipher") + "\",\"mac\":\"" + hex(32, "mac")
                + "\",\"wasString\":true}").getBytes(StandardCharsets.UTF_8)));
        claims.put("public_keys", List.of(IDENTITY.publicKeyHex()));
        claims.put("appPrivateKeyFromWalletSalt", null);
        claims.put("profile", Map.of("@type", "Person", "@context", "http://schema.org", "name", "Alice"));
        claims.put("core_token", null);
        claims.put("email", "alice@example.com");
        claims.put("profile_url", "https://gaia.example.com/hub/" + Secp256k1Keys.bitcoinAddress(IDENTITY.publicKeyHex())
                + "/profile.json");
        claims.put("hubUrl", "https://hub.example.com");
        claims.put("blockstackAPIUrl", "https://api.example.com");
        claims.put("associationToken", IDENTITY.sign(association));
        claims.put("version", "1.4.0");
        return new Token("authResponse", IDENTITY.sign(claims), IDENTITY.publicKeyHex());
    }

    public static Token profile() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("jti", "271e2213-4766-4b5b-89b5-bb01a3c1dd6b");
        claims.put("iat", "2023-11-14T22:13:20.000Z");
        claims.put("exp", "2100-01-01T00:00:00.000Z");
        claims.put("subject", Map.of("publicKey", IDENTITY.publicKeyHex()));
        claims.put("issuer", Map.of("publicKey", IDENTITY.publicKeyHex()));
        claims.put("claim", Map.of("@type", "Person", "@context", "http://schema.org", "name", "Alice",
                "apps", Map.of("https://app.example.com", "https://gaia.example.com/hub/"
                        + Secp256k1Keys.bitcoinAddress(APP.publicKeyHex()) + "/")));
        return new Token("profile", IDENTITY.sign(claims), IDENTITY.publicKeyHex());
    }

    private static String did(Es256kSigner key) {
        return "did:btc-addr:" + Secp256k1Keys.bitcoinAddress(key.publicKeyHex());
    }

    /** A private key anyone can re-derive: SHA-256 of a label. None holds value. */
    private static Es256kSigner signer(String label) {
        return new Es256kSigner(HexFormat.of().formatHex(Hashes.sha256(
                ("blockstack-functions benchmark key: " + label).getBytes(StandardCharsets.UTF_8))));
    }

    /** Deterministic filler of the given byte length, as hex. */
    private static String hex(int bytes, String label) {
        StringBuilder out = new StringBuilder();
        byte[] block = label.getBytes(StandardCharsets.UTF_8);
        while (out.length() < bytes * 2) {
            block = Hashes.sha256(block);
            out.append(HexFormat.of().formatHex(block));
        }
        return out.substring(0, bytes * 2);
    }
}
