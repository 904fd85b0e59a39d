package org.blockstack.functions.core.tokens;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.auth.AuthRequestClaims;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tokens for tests, made as the libraries make them (and deliberately broken variants). Keys are
 * the tokens spec §7 keys, so addresses can be checked against the values written there.
 */
public final class TestTokens {
    public static final String ID_PRIVATE = "7c7e059d0f8639aee19b0f229cc9bc44fd685fcaf8d8bdd02d98dc1b0832745f";
    public static final String ID_PUBLIC = "0349db187d9058fc3ecd017d415058bbd6c104662a5308f27e0e067d0ce5c28d94";
    public static final String ID_PUBLIC_UNCOMPRESSED = "0449db187d9058fc3ecd017d415058bbd6c104662a5308f27e0e067d0ce5c28d94"
            + "a728f96ecc7f7ac5adc7c7e52ce75d45d242b249d19484dcf6d8d07b399338fd";
    public static final String ID_ADDRESS = "1DhJ8rcSdAAAFz8zfiWemPMoKSoGz9bEvx";
    public static final String ID_ADDRESS_UNCOMPRESSED = "1GyvkQ1qFrD8DGtUQCf7ZbhTafq1G69akG";
    public static final String ID_STACKS_ADDRESS = "SP25M0WXAED4PEG68H4FMA2RV5ACTXK37VKMYR716";
    public static final String OTHER_PRIVATE = "37d22982f0369a7609b8038942eef193ef45f513715f515cbaa36a589fb12193";
    public static final String OTHER_PUBLIC = "032b68654a6335adc43edec8dbd024b56da6d52e8bf35a3d4d7a08d8c6cd8c42d1";
    public static final String OTHER_ADDRESS = "1Lc5Fu2tNvgozS4g8aifS7aRYBVLK5dfzv";
    /** Vector jwt-valid of tokens spec §7: signed by the ID key with jsontokens, high-S. */
    public static final String JWT_VALID = "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NksifQ.eyJpc3MiOiJkaWQ6YnRjLWFkZHI6MURoSjhyY1NkQUFBRno4emZpV2VtUE1vS1NvR3o5YkV2eCIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjo0MTAyNDQ0ODAwLCJqdGkiOiJleGFtcGxlLTEiLCJtc2ciOiJow6lsbG8g4pyTIn0.dINxUR246VTFZiIf7yNkZ-r-eBEnI0nbFv-GhHoQ37Wqn8rR8uenAN3MKjchlD82TW0W3nKbgUkMbDjBWgom5Q";
    /** Vector jwt-valid-lowS-twin: the same signature with s replaced by n - s. */
    public static final String JWT_VALID_LOW_S_TWIN = "eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NksifQ.eyJpc3MiOiJkaWQ6YnRjLWFkZHI6MURoSjhyY1NkQUFBRno4emZpV2VtUE1vS1NvR3o5YkV2eCIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjo0MTAyNDQ0ODAwLCJqdGkiOiJleGFtcGxlLTEiLCJtc2ciOiJow6lsbG8g4pyTIn0.dINxUR246VTFZiIf7yNkZ-r-eBEnI0nbFv-GhHoQ37VVYDUuDRhY_yIz1cjea8DIbUHGCDytHvKzZiXLdiwaXA";
    public static final String ES256K_HEADER = "{\"typ\":\"JWT\",\"alg\":\"ES256K\"}";
    public static final BigInteger N = Secp256k1Keys.DOMAIN.getN();

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestTokens() {
    }

    public static Es256kSigner idKey() {
        return new Es256kSigner(ID_PRIVATE);
    }

    public static Es256kSigner otherKey() {
        return new Es256kSigner(OTHER_PRIVATE);
    }

    /** Signs {@code payload} under any header text, as jsontokens would if told to. */
    public static String sign(Es256kSigner key, String headerJson, Map<String, ?> payload) {
        String signingInput = segment(headerJson) + "." + segment(json(payload));
        return signingInput + "." + b64(key.signRaw(signingInput.getBytes(StandardCharsets.US_ASCII)));
    }

    /** An auth request as {@code makeAuthRequestToken} writes one, with {@code edits} applied to its claims. */
    public static Map<String, Object> authRequestClaims(Es256kSigner key) {
        Map<String, Object> claims = new java.util.LinkedHashMap<>(Map.of(
                "jti", "f6b3c1d0-5d7e-4c31-9a7b-0c1d2e3f4a5b",
                "iat", 1_700_000_000,
                "exp", 4_102_444_800L));
        claims.putAll(AuthRequestClaims.of(key, "https://app.example.com"));
        return claims;
    }

    /** An auth response as {@code makeAuthResponse} writes one without an app key, signed by {@code key}. */
    public static Map<String, Object> authResponseClaims(Es256kSigner key) {
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("jti", "0d4f6b1e-1c1e-4b8e-9b0a-3f0f3f0f3f0f");
        claims.put("iat", 1_700_000_000);
        claims.put("exp", 4_102_444_800L);
        claims.put("iss", "did:btc-addr:" + Secp256k1Keys.bitcoinAddress(key.publicKeyHex()));
        claims.put("private_key", null);
        claims.put("public_keys", List.of(key.publicKeyHex()));
        claims.put("profile", Map.of());
        claims.put("version", "1.4.0");
        return claims;
    }

    /** A profile token's claims as {@code signProfileToken} writes them, issued by {@code issuerKey} (dates long past). */
    public static Map<String, Object> profileClaims(String issuerKey) {
        Map<String, Object> claims = new java.util.LinkedHashMap<>();
        claims.put("jti", "271e2213-4766-4b5b-89b5-bb01a3c1dd6b");
        claims.put("iat", "2023-11-14T22:13:20.000Z");
        claims.put("exp", "2020-01-01T00:00:00.000Z");
        claims.put("subject", Map.of("publicKey", issuerKey));
        claims.put("issuer", Map.of("publicKey", issuerKey));
        claims.put("claim", Map.of("@type", "Person", "name", "Alice"));
        return claims;
    }

    public static String segment(String text) {
        return b64(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String[] parts(String token) {
        return token.split("\\.", -1);
    }

    /** The token with its signature segment replaced by {@code signature}. */
    public static String withSignature(String token, byte[] signature) {
        String[] parts = parts(token);
        return parts[0] + "." + parts[1] + "." + b64(signature);
    }

    public static byte[] signatureOf(String token) {
        return Base64.getUrlDecoder().decode(parts(token)[2]);
    }

    /** The other of the two valid signatures: s replaced by n - s. */
    public static String mirroredS(String token) {
        byte[] signature = signatureOf(token);
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        byte[] mirrored = signature.clone();
        byte[] newS = unsigned32(N.subtract(s));
        System.arraycopy(newS, 0, mirrored, 32, 32);
        return withSignature(token, mirrored);
    }

    public static boolean isHighS(String token) {
        byte[] signature = signatureOf(token);
        return new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)).compareTo(N.shiftRight(1)) > 0;
    }

    /** The signature DER-encoded, as jsontokens' own DER form would be. */
    public static String derSigned(String token) {
        byte[] signature = signatureOf(token);
        byte[] r = new BigInteger(1, Arrays.copyOfRange(signature, 0, 32)).toByteArray();
        byte[] s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64)).toByteArray();
        byte[] der = new byte[6 + r.length + s.length];
        der[0] = 0x30;
        der[1] = (byte) (4 + r.length + s.length);
        der[2] = 2;
        der[3] = (byte) r.length;
        System.arraycopy(r, 0, der, 4, r.length);
        der[4 + r.length] = 2;
        der[5 + r.length] = (byte) s.length;
        System.arraycopy(s, 0, der, 6 + r.length, s.length);
        return withSignature(token, der);
    }

    public static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
