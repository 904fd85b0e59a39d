package org.blockstack.functions.core.gaia;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.OptionalDouble;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.crypto.ECKey;
import org.bitcoinj.crypto.SignatureDecodeException;
import org.bitcoinj.crypto.TransactionSignature;
import org.blockstack.functions.core.gaia.GaiaAuthException.Rule;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The legacy ("v0") Gaia token (tokens spec §6.8): base64 of
 * {@code {"publickey": <hex>, "signature": <hex DER>}}, an ECDSA signature over SHA-256 of the
 * hub's challenge text. No expiry, scopes, association token or revocation.
 */
final class LegacyGaiaToken {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** bitcoinjs appends SIGHASH_NONE before its strict-DER decoding; we check the same bytes. */
    private static final byte SIGHASH_NONE = 0x02;

    private final String publicKey;
    private final ECKey.ECDSASignature signature;

    private LegacyGaiaToken(String publicKey, ECKey.ECDSASignature signature) {
        this.publicKey = publicKey;
        this.signature = signature;
    }

    static LegacyGaiaToken parse(String base64) throws GaiaAuthException {
        Map<?, ?> fields;
        try {
            // Node's base64 decoder takes either alphabet, with or without padding
            String standard = base64.strip().replace('-', '+').replace('_', '/').replace("=", "");
            fields = JSON.readValue(Base64.getDecoder().decode(standard), Map.class);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw GaiaAuthException.unparseable("a legacy token must be base64 of a JSON object {publickey, signature}");
        }
        if (fields == null) {
            // base64 of the JSON text "null"
            throw GaiaAuthException.unparseable("a legacy token must be base64 of a JSON object {publickey, signature}");
        }
        if (!(fields.get("publickey") instanceof String key) || !(fields.get("signature") instanceof String hex)) {
            throw GaiaAuthException.unparseable("a legacy token needs string fields publickey and signature");
        }
        try {
            GaiaKeys.compressed(key);
        } catch (IllegalArgumentException e) {
            throw GaiaAuthException.unparseable("the legacy token's publickey is not a secp256k1 key: " + e.getMessage());
        }
        return new LegacyGaiaToken(key, strictDer(hex));
    }

    /** Bitcoin's strict DER rules (BIP 66), as bitcoinjs applies them to legacy signatures. */
    private static ECKey.ECDSASignature strictDer(String hex) throws GaiaAuthException {
        byte[] der;
        try {
            der = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw GaiaAuthException.unparseable("the legacy token's signature is not hex");
        }
        byte[] withHashType = java.util.Arrays.copyOf(der, der.length + 1);
        withHashType[der.length] = SIGHASH_NONE;
        if (der.length == 0 || !TransactionSignature.isEncodingCanonical(withHashType)) {
            throw GaiaAuthException.unparseable("the legacy token's signature is not strict DER");
        }
        try {
            return ECKey.ECDSASignature.decodeFromDER(der);
        } catch (SignatureDecodeException | IllegalArgumentException e) {
            throw GaiaAuthException.unparseable("the legacy token's signature is not strict DER: " + e.getMessage());
        }
    }

    GaiaAuthorization validate(GaiaValidationContext context) throws GaiaAuthException {
        String address = GaiaKeys.bucketAddress(publicKey);
        if (context.bucketAddress().isPresent() && !context.bucketAddress().get().equals(address)) {
            throw new GaiaAuthException(Rule.BUCKET_ADDRESS, "Address not allowed to write on this path",
                    "the token's publickey owns bucket " + address + ", not " + context.bucketAddress().get());
        }
        if (context.serverName().isEmpty()) {
            throw new GaiaAuthException(Rule.SIGNATURE, "Invalid signature or expired authentication token.",
                    "a legacy token signs the hub's challenge text, and no server name was given to check it");
        }
        byte[] key = HexFormat.of().parseHex(GaiaKeys.compressed(publicKey));
        boolean signed = GaiaChallenge.accepted(context.serverName().get()).stream()
                .map(text -> Sha256Hash.hash(text.getBytes(StandardCharsets.UTF_8)))
                .anyMatch(hash -> verifies(hash, key));
        if (!signed) {
            throw new GaiaAuthException(Rule.SIGNATURE, "Invalid signature or expired authentication token.");
        }
        GaiaTokenValidator.checkWhitelist(address, context);
        return new GaiaAuthorization(GaiaAuthorization.Version.LEGACY, publicKey, address, address, GaiaScopes.NONE,
                OptionalDouble.empty());
    }

    private boolean verifies(byte[] hash, byte[] key) {
        try {
            return ECKey.verify(hash, signature, key);
        } catch (RuntimeException outOfRange) {
            return false;
        }
    }
}
