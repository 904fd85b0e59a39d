package org.blockstack.functions.core.addresses;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.bouncycastle.crypto.digests.RIPEMD160Digest;

/**
 * The hashes addresses and token signatures are built from. SHA-256 is the JDK's (CPU intrinsics
 * where available), cloned from one prototype instead of looked up per call.
 */
public final class Hashes {
    private static final MessageDigest SHA256_PROTOTYPE;

    static {
        try {
            SHA256_PROTOTYPE = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new ExceptionInInitializerError("the JDK has no SHA-256: " + e.getMessage());
        }
    }

    private Hashes() {
    }

    public static byte[] sha256(byte[] data) {
        return sha256(data, 0, data.length);
    }

    public static byte[] sha256(byte[] data, int offset, int length) {
        MessageDigest digest = newSha256();
        digest.update(data, offset, length);
        return digest.digest();
    }

    /** SHA-256 applied twice: base58check and c32check checksums. */
    public static byte[] doubleSha256(byte[] data) {
        return sha256(sha256(data));
    }

    /** RIPEMD-160 of SHA-256: the 20 bytes a pay-to-public-key-hash address commits to. */
    public static byte[] hash160(byte[] data) {
        byte[] sha = sha256(data);
        RIPEMD160Digest ripemd = new RIPEMD160Digest();
        ripemd.update(sha, 0, sha.length);
        byte[] out = new byte[20];
        ripemd.doFinal(out, 0);
        return out;
    }

    private static MessageDigest newSha256() {
        try {
            return (MessageDigest) SHA256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
    }
}
