package org.blockstack.functions.core.tokens;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.HexFormat;

import org.blockstack.functions.core.addresses.BitcoinAddresses;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.WNafUtil;

/**
 * secp256k1 public keys as Blockstack writes them: hex, compressed (33 bytes) or uncompressed (65).
 *
 * <p>Every key and signature operation uses one set of curve objects: BouncyCastle's custom
 * secp256k1 curve (dedicated field arithmetic and the GLV endomorphism) with a single generator
 * instance whose multiplication table is computed once, here, and reused by every verification
 * (see docs/benchmarks.md).
 */
public final class Secp256k1Keys {
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    /** The domain every signer and verifier in the project uses; its generator carries the table. */
    public static final ECDomainParameters DOMAIN = new ECDomainParameters(
            CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH());
    private static final ECNamedCurveParameterSpec SPEC = new ECNamedCurveParameterSpec(
            "secp256k1", CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH(), CURVE.getSeed());
    /**
     * Width of the generator's wNAF table. BouncyCastle would build a width-5 table on first use;
     * a width-8 table (64 odd multiples, and as many for the endomorphism image) costs 1 ms once
     * and saves additions in the generator half of every verification.
     */
    private static final int GENERATOR_TABLE_WIDTH = 8;

    static {
        WNafUtil.precompute(DOMAIN.getG(), GENERATOR_TABLE_WIDTH, true);
    }

    private Secp256k1Keys() {
    }

    /**
     * Decodes a hex public key. Only the SEC1 compressed ({@code 02}/{@code 03}) and uncompressed
     * ({@code 04}) forms are keys; hybrid encodings and points off the curve are refused.
     */
    public static ECPoint decodePoint(String publicKeyHex) {
        byte[] bytes = parseHex(publicKeyHex);
        boolean compressed = bytes.length == 33 && (bytes[0] == 2 || bytes[0] == 3);
        boolean uncompressed = bytes.length == 65 && bytes[0] == 4;
        if (!compressed && !uncompressed) {
            throw new IllegalArgumentException("public key must be 33 bytes starting 02/03 or 65 bytes starting 04, got "
                    + bytes.length + " bytes" + (bytes.length > 0 ? " starting " + String.format("%02x", bytes[0]) : ""));
        }
        return decodeSec1(bytes);
    }

    /**
     * Decodes a hex public key as jsontokens' verifier (noble-secp256k1 1.7 {@code Point.fromHex})
     * accepts it: the two SEC1 forms, and also a bare 32-byte x coordinate, which noble reads as
     * the point with that x and an even y. No library emits x-only keys in Blockstack tokens, but
     * the reference verifies them, so auth and profile tokens carrying one are judged the same way.
     */
    public static ECPoint decodeJsonTokensKey(String publicKeyHex) {
        byte[] bytes = parseHex(publicKeyHex);
        if (bytes.length == 32) {
            byte[] evenY = new byte[33];
            evenY[0] = 2;
            System.arraycopy(bytes, 0, evenY, 1, 32);
            return decodeSec1(evenY);
        }
        if (bytes.length != 33 && bytes.length != 65) {
            throw new IllegalArgumentException("public key must be 33 bytes (02/03), 65 bytes (04) or a 32-byte x "
                    + "coordinate, got " + bytes.length + " bytes");
        }
        return decodePoint(publicKeyHex);
    }

    private static ECPoint decodeSec1(byte[] bytes) {
        if (isZero(bytes, 1, 32)) {
            // noble refuses x = 0 outright (its field elements are 0 < x < p)
            throw new IllegalArgumentException("public key is not a point on secp256k1: x is zero");
        }
        try {
            ECPoint point = CURVE.getCurve().decodePoint(bytes);
            if (!point.isValid()) {
                throw new IllegalArgumentException("public key is not a point on secp256k1");
            }
            return point;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("public key is not a point on secp256k1: " + e.getMessage(), e);
        }
    }

    private static boolean isZero(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The SEC1 encoding of {@code point}, compressed (33 bytes) or not (65). */
    public static byte[] encode(ECPoint point, boolean compressed) {
        return point.getEncoded(compressed);
    }

    /**
     * BouncyCastle as a JCA provider, for code that needs JCA objects. Built on first use: the
     * provider takes about half a second to construct on a cold JVM, which verification (plain
     * BouncyCastle, no JCA) should not pay at every Lambda cold start.
     */
    public static BouncyCastleProvider jcaProvider() {
        return JcaProviderHolder.PROVIDER;
    }

    private static final class JcaProviderHolder {
        static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    }

    /** A JCA key for the point, bound to BouncyCastle's secp256k1 parameters. */
    public static ECPublicKey toJcaKey(ECPoint point) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC", jcaProvider());
            return (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(point, SPEC));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("BouncyCastle cannot build a secp256k1 key", e);
        }
    }

    /** The base58check address (version 0x00) of the key bytes exactly as written. */
    public static String bitcoinAddress(String publicKeyHex) {
        return BitcoinAddresses.ofPublicKey(parseHex(publicKeyHex));
    }

    /** Hex to bytes, either letter case; anything else (odd length, other characters) is refused. */
    public static byte[] parseHex(String hex) {
        if (hex == null) {
            throw new IllegalArgumentException("public key is missing");
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("public key is not hex", e);
        }
    }
}
