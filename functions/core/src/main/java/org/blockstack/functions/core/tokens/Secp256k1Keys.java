package org.blockstack.functions.core.tokens;

import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.ECPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.util.HexFormat;

import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.base.Network;
import org.bitcoinj.base.BitcoinNetwork;
import org.bitcoinj.crypto.ECKey;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.asn1.x9.X9ECParameters;

/** secp256k1 public keys as Blockstack writes them: hex, compressed (33 bytes) or uncompressed (65). */
public final class Secp256k1Keys {
    public static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    private static final X9ECParameters CURVE = CustomNamedCurves.getByName("secp256k1");
    private static final ECNamedCurveParameterSpec SPEC = new ECNamedCurveParameterSpec(
            "secp256k1", CURVE.getCurve(), CURVE.getG(), CURVE.getN(), CURVE.getH(), CURVE.getSeed());

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
                    + bytes.length + " bytes");
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

    /** A JCA key for the point, bound to BouncyCastle's secp256k1 parameters. */
    public static ECPublicKey toJcaKey(ECPoint point) {
        try {
            KeyFactory factory = KeyFactory.getInstance("EC", PROVIDER);
            return (ECPublicKey) factory.generatePublic(new ECPublicKeySpec(point, SPEC));
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("BouncyCastle cannot build a secp256k1 key", e);
        }
    }

    /** The base58check address (version 0x00) of the key bytes exactly as written. */
    public static String bitcoinAddress(String publicKeyHex) {
        return bitcoinAddress(publicKeyHex, BitcoinNetwork.MAINNET);
    }

    public static String bitcoinAddress(String publicKeyHex, Network network) {
        byte[] bytes = parseHex(publicKeyHex);
        return LegacyAddress.fromPubKeyHash(network, ECKey.fromPublicOnly(bytes).getPubKeyHash()).toString();
    }

    static byte[] parseHex(String hex) {
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
