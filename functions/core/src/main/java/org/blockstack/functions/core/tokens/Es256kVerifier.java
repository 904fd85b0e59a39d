package org.blockstack.functions.core.tokens;

import java.math.BigInteger;

import org.blockstack.functions.core.addresses.Hashes;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

/**
 * ES256K signature verification as jsontokens' {@code TokenVerifier} does it (tokens spec §2.3):
 * SHA-256 over the signing input, a raw 64-byte r‖s signature, r and s in [1, n−1], high-S
 * accepted. The algorithm is fixed here, never taken from the token header.
 *
 * <p>The arithmetic is BouncyCastle's ECDSA on its custom secp256k1 curve, called directly with
 * the shared {@link Secp256k1Keys#DOMAIN}: no JCA provider lookup, key factory, DER round trip or
 * per-call curve objects, which together cost more than the curve arithmetic's own share of the
 * time a verification takes (docs/benchmarks.md).
 */
public final class Es256kVerifier {
    /** Bytes of a JOSE ES256K signature: r and s, 32 bytes each, big-endian. */
    public static final int SIGNATURE_BYTES = 64;

    private Es256kVerifier() {
    }

    /**
     * True when {@code token}'s signature verifies under {@code publicKeyHex} (a SEC1 compressed
     * or uncompressed key); false for any key that does not decode.
     */
    public static boolean verify(CompactToken token, String publicKeyHex) {
        ECPoint key;
        try {
            key = Secp256k1Keys.decodePoint(publicKeyHex);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return verify(token, key);
    }

    /** True when {@code token}'s signature verifies under the public key {@code key}. */
    public static boolean verify(CompactToken token, ECPoint key) {
        byte[] signingInput = token.signingInputBytes();
        return verifyHash(Hashes.sha256(signingInput), token.signatureBytes(), key);
    }

    /** ECDSA over secp256k1: {@code signature} is r‖s (64 bytes) over the 32-byte {@code hash}. */
    public static boolean verifyHash(byte[] hash, byte[] signature, ECPoint key) {
        if (signature.length != SIGNATURE_BYTES) {
            return false;
        }
        BigInteger r = BigIntegers.fromUnsignedByteArray(signature, 0, 32);
        BigInteger s = BigIntegers.fromUnsignedByteArray(signature, 32, 32);
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, new ECPublicKeyParameters(key, Secp256k1Keys.DOMAIN));
        // verifySignature refuses r or s outside [1, n-1] and does not ask for low s
        return verifier.verifySignature(hash, r, s);
    }
}
