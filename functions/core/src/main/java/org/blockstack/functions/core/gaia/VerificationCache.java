package org.blockstack.functions.core.gaia;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.tokens.CompactToken;
import org.blockstack.functions.core.tokens.Es256kVerifier;

/**
 * Remembers the results of the elliptic-curve work in token validation, which dominates its cost:
 * the bucket address of a public key (a point decompression and two hashes) and that a token's
 * ES256K signature verified. Both depend on nothing but their input text, so a remembered result
 * is exactly what recomputing it would give; every rule that depends on time, revocation,
 * challenge, bucket or scopes is still applied on every call. Clients present the same token for
 * many requests, so a hub instance mostly verifies each token once.
 *
 * <p>Only successes are remembered, by SHA-256 of the token text. At most {@code maxEntries}
 * of each kind are kept; when full, the cache starts over (cheap, and never wrong).
 */
public final class VerificationCache {
    /** Remembers nothing: every call computes. */
    public static final VerificationCache NONE = new VerificationCache(0);

    private final int maxEntries;
    private final Map<String, String> addresses = new ConcurrentHashMap<>();
    private final Map<String, Boolean> verifiedTokens = new ConcurrentHashMap<>();

    private VerificationCache(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** A cache holding up to {@code maxEntries} keys and as many verified tokens. */
    public static VerificationCache bounded(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("a verification cache needs room for at least one entry");
        }
        return new VerificationCache(maxEntries);
    }

    /**
     * {@link GaiaKeys#bucketAddress(String)}, remembered.
     *
     * @throws IllegalArgumentException when the text is not a secp256k1 public key
     */
    public String bucketAddress(String publicKeyHex) {
        if (maxEntries == 0) {
            return GaiaKeys.bucketAddress(publicKeyHex);
        }
        String address = addresses.get(publicKeyHex);
        if (address == null) {
            address = GaiaKeys.bucketAddress(publicKeyHex);
            remember(addresses, publicKeyHex, address);
        }
        return address;
    }

    /** True when the header says ES256K (any case) and the signature verifies under {@code publicKeyHex}. */
    boolean signedBy(CompactToken token, String publicKeyHex) {
        if (maxEntries == 0) {
            return verify(token, publicKeyHex);
        }
        String key = sha256(token.text()) + publicKeyHex;
        if (verifiedTokens.containsKey(key)) {
            return true;
        }
        boolean verified = verify(token, publicKeyHex);
        if (verified) {
            remember(verifiedTokens, key, Boolean.TRUE);
        }
        return verified;
    }

    private static boolean verify(CompactToken token, String publicKeyHex) {
        String alg = token.algorithm();
        return alg != null && alg.equalsIgnoreCase("ES256K") && Es256kVerifier.verify(token, publicKeyHex);
    }

    private <V> void remember(Map<String, V> map, String key, V value) {
        if (map.size() >= maxEntries) {
            map.clear();
        }
        map.put(key, value);
    }

    private static String sha256(String text) {
        return java.util.HexFormat.of().formatHex(Hashes.sha256(text.getBytes(StandardCharsets.UTF_8)));
    }
}
