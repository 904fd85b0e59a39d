package org.blockstack.functions.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.blockstack.functions.core.addresses.BitcoinAddresses;
import org.blockstack.functions.core.addresses.C32Addresses;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.JsValues;
import org.blockstack.functions.core.tokens.Secp256k1Keys;
import org.blockstack.functions.core.tokens.SignatureRules;
import org.blockstack.functions.core.tokens.TokenCheck;
import org.blockstack.functions.core.tokens.TokenVerdict;
import org.bouncycastle.math.ec.ECPoint;

/**
 * A profile token judged as {@code @stacks/profile}'s {@code verifyProfileToken} judges it (tokens
 * spec §5.3): {@code subject} and {@code issuer} objects with a {@code publicKey}, a {@code claim},
 * the issuer key matching what the caller expects, header alg ES256K in any case, and the
 * signature under the issuer key. Dates ({@code iat}, {@code exp}: ISO strings) are not checked,
 * as no version of the library checks them.
 *
 * <p>An expected address matches, as the spec recommends, the issuer key's Stacks address (what
 * 7.x compares), or the Bitcoin address of the key as written, compressed or uncompressed (what
 * blockstack 21.x and the Gaia hub compare).
 */
public final class ProfileTokenRules {
    private ProfileTokenRules() {
    }

    public static TokenVerdict judge(CompactToken token, ProfileExpectation expected) {
        Map<String, Object> payload = token.payload();
        List<TokenCheck> checks = new ArrayList<>();
        checks.add(hasPublicKeyObject(payload, "subject"));
        TokenCheck issuer = hasPublicKeyObject(payload, "issuer");
        checks.add(issuer);
        checks.add(payload.containsKey("claim")
                ? TokenCheck.pass("claim", "token has a claim")
                : TokenCheck.fail("claim", "token has no claim (the profile itself)"));
        String issuerKey = issuer.ok() && ((Map<?, ?>) payload.get("issuer")).get("publicKey") instanceof String key
                ? key : null;
        if (issuer.ok() && issuerKey == null) {
            checks.add(TokenCheck.fail("issuerKey", "issuer.publicKey is a "
                    + JsValues.typeOf(((Map<?, ?>) payload.get("issuer")).get("publicKey")) + ", expected a hex public key"));
        }
        if (issuerKey != null) {
            checks.add(expectedSigner(issuerKey, expected));
            checks.add(SignatureRules.algorithm(token));
            checks.add(SignatureRules.signature(token, issuerKey, "issuer.publicKey"));
        }
        return new TokenVerdict(checks, issuerKey, null, null, payload);
    }

    /** {@code payload[field]} is a truthy value with an own property {@code publicKey}: in JSON, an object holding that key. */
    private static TokenCheck hasPublicKeyObject(Map<String, Object> payload, String field) {
        Object value = payload.get(field);
        if (!JsValues.isTruthy(value)) {
            return TokenCheck.fail(field, "token has no " + field);
        }
        if (!(value instanceof Map<?, ?> object) || !object.containsKey("publicKey")) {
            return TokenCheck.fail(field, "token's " + field + " has no public key (expected {\"publicKey\": \"<hex>\"})");
        }
        return TokenCheck.pass(field, "token's " + field + " names a public key");
    }

    private static TokenCheck expectedSigner(String issuerKey, ProfileExpectation expected) {
        if (expected.isEmpty()) {
            return TokenCheck.pass("expectedSigner", "no expected public key or address given: the token is checked "
                    + "against its own issuer key only");
        }
        byte[] keyBytes;
        try {
            keyBytes = Secp256k1Keys.parseHex(issuerKey);
        } catch (IllegalArgumentException e) {
            return TokenCheck.fail("expectedSigner", "issuer.publicKey is not hex");
        }
        if (expected.publicKey() != null && !expected.publicKey().equals(issuerKey)) {
            return TokenCheck.fail("expectedSigner", "token issuer key " + issuerKey + " is not the expected public key "
                    + expected.publicKey());
        }
        if (expected.address() != null && !addressesOf(issuerKey, keyBytes).contains(expected.address())) {
            return TokenCheck.fail("expectedSigner", "token issuer key " + issuerKey + " does not belong to the expected "
                    + "address " + expected.address() + " (compared with its Stacks address and its Bitcoin addresses, "
                    + "compressed and uncompressed)");
        }
        List<String> matched = new ArrayList<>();
        if (expected.publicKey() != null) {
            matched.add("public key");
        }
        if (expected.address() != null) {
            matched.add("address " + expected.address());
        }
        return TokenCheck.pass("expectedSigner", "token issuer key matches the expected " + String.join(" and ", matched));
    }

    /** The Stacks address of the key as written, and the Bitcoin addresses of both its encodings. */
    private static List<String> addressesOf(String issuerKey, byte[] keyBytes) {
        List<String> addresses = new ArrayList<>();
        addresses.add(C32Addresses.ofPublicKey(keyBytes));
        addresses.add(BitcoinAddresses.ofPublicKey(keyBytes));
        try {
            ECPoint point = Secp256k1Keys.decodeJsonTokensKey(issuerKey);
            addresses.add(BitcoinAddresses.ofPublicKey(Secp256k1Keys.encode(point, true)));
            addresses.add(BitcoinAddresses.ofPublicKey(Secp256k1Keys.encode(point, false)));
        } catch (IllegalArgumentException notAPoint) {
            // only the addresses of the bytes as written; the signature rule reports the bad key
        }
        return addresses;
    }
}
