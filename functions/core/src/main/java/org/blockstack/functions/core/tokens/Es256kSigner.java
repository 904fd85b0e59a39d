package org.blockstack.functions.core.tokens;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Signs compact ES256K tokens byte-for-byte as jsontokens does (tokens spec §2.2): header
 * {@code {"typ":"JWT","alg":"ES256K"}}, RFC 6979 deterministic nonces, raw r‖s, no low-S
 * normalisation. Used for profile tokens the project publishes and by tests.
 */
public final class Es256kSigner {
    private static final ECDomainParameters DOMAIN = Secp256k1Keys.DOMAIN;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEADER = "{\"typ\":\"JWT\",\"alg\":\"ES256K\"}";

    private final BigInteger privateKey;

    /** @param privateKeyHex 64 hex characters, optionally followed by the {@code 01} compression flag */
    public Es256kSigner(String privateKeyHex) {
        String hex = privateKeyHex.length() == 66 && privateKeyHex.endsWith("01")
                ? privateKeyHex.substring(0, 64) : privateKeyHex;
        if (hex.length() != 64) {
            throw new IllegalArgumentException("private key must be 64 hex characters (or 66 ending in 01)");
        }
        this.privateKey = new BigInteger(1, HexFormat.of().parseHex(hex));
        if (privateKey.signum() == 0 || privateKey.compareTo(DOMAIN.getN()) >= 0) {
            throw new IllegalArgumentException("private key is out of range for secp256k1");
        }
    }

    /** The compressed public key, as hex. */
    public String publicKeyHex() {
        return HexFormat.of().formatHex(DOMAIN.getG().multiply(privateKey).normalize().getEncoded(true));
    }

    public String sign(Map<String, ?> payload) {
        try {
            String signingInput = base64Url(HEADER.getBytes(StandardCharsets.UTF_8)) + "."
                    + base64Url(JSON.writeValueAsBytes(payload));
            return signingInput + "." + base64Url(signRaw(signingInput.getBytes(StandardCharsets.US_ASCII)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON", e);
        }
    }

    /** SHA-256 of {@code message}, signed; 64 bytes r‖s. */
    public byte[] signRaw(byte[] message) {
        SHA256Digest digest = new SHA256Digest();
        byte[] hash = new byte[32];
        digest.update(message, 0, message.length);
        digest.doFinal(hash, 0);
        ECDSASigner signer = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
        signer.init(true, new ECPrivateKeyParameters(privateKey, DOMAIN));
        BigInteger[] rs = signer.generateSignature(hash);
        byte[] out = new byte[64];
        copyUnsigned(rs[0], out, 0);
        copyUnsigned(rs[1], out, 32);
        return out;
    }

    private static void copyUnsigned(BigInteger value, byte[] out, int offset) {
        byte[] bytes = value.toByteArray();
        int start = bytes.length > 32 ? bytes.length - 32 : 0;
        int length = bytes.length - start;
        System.arraycopy(bytes, start, out, offset + 32 - length, length);
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
