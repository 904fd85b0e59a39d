package org.blockstack.functions.core.bns.subdomains;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.bitcoinj.script.Script;
import org.bitcoinj.script.ScriptBuilder;
import org.bitcoinj.script.ScriptChunk;
import org.bitcoinj.script.ScriptException;
import org.bitcoinj.script.ScriptOpCodes;
import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.addresses.OwnerAddress;
import org.blockstack.functions.core.tokens.Es256kSigner;
import org.blockstack.functions.core.tokens.Es256kVerifier;
import org.blockstack.functions.core.tokens.Secp256k1Keys;
import org.bouncycastle.math.ec.ECPoint;

/**
 * Subdomain record signatures as the reference makes and checks them (read-api §13.3; blockstack-core
 * {@code subdomains.py} {@code verify*}, virtualchain {@code ecdsalib}):
 *
 * <ul>
 * <li>the signed text is the record re-packed: its label (the full name for an independent
 * record), {@code owner=}, {@code seqn=}, {@code parts=} and {@code zf0=}… with the zone file
 * re-encoded in base64 and cut into 250-character pieces, values with {@code =} escaped as
 * {@code \=}, joined with commas;</li>
 * <li>{@code sig} is base64 of a Bitcoin scriptSig over SHA-256 of that text: for a single-sig
 * owner (base58 version 0 or 111) the 64-byte r‖s signature and a public key whose hash160 is the
 * owner's; for a multi-sig owner (version 5 or 196) any first element, m signatures and a redeem
 * script {@code OP_m <keys> OP_n OP_CHECKMULTISIG} whose hash160 is the owner's, each signature
 * matching the next unused key in order. High-S signatures verify, as there.</li>
 * </ul>
 */
public final class SubdomainSignatures {
    /** Base64 characters per {@code zf<i>} piece (a TXT string holds 255; {@code zf99=} takes 5). */
    public static final int PIECE_LENGTH = 250;

    private SubdomainSignatures() {
    }

    /** The text the record's signature covers. */
    public static String plaintext(SubdomainRecord record) {
        return String.join(",", unsignedStrings(record, true));
    }

    /**
     * The record as TXT strings in signing order, without {@code sig}: the label first when
     * {@code withLabel}, then {@code owner=}, {@code seqn=}, {@code parts=}, {@code zf<i>=}.
     */
    public static List<String> unsignedStrings(SubdomainRecord record, boolean withLabel) {
        List<String> strings = new ArrayList<>();
        if (withLabel) {
            strings.add(record.independent() ? record.fqn() : record.fqn().substring(0, record.fqn().indexOf('.')));
        }
        strings.add(keyValue("owner", record.owner()));
        strings.add(keyValue("seqn", Long.toString(record.sequence())));
        List<String> pieces = pieces(record.zonefileBase64());
        strings.add(keyValue("parts", Integer.toString(pieces.size())));
        for (int i = 0; i < pieces.size(); i++) {
            strings.add(keyValue("zf" + i, pieces.get(i)));
        }
        return strings;
    }

    private static List<String> pieces(String base64) {
        List<String> pieces = new ArrayList<>();
        for (int start = 0; start < base64.length(); start += PIECE_LENGTH) {
            pieces.add(base64.substring(start, Math.min(base64.length(), start + PIECE_LENGTH)));
        }
        return pieces;
    }

    private static String keyValue(String key, String value) {
        return key + "=" + value.replace("=", "\\=");
    }

    /** True when the record's {@code sig} is a valid signature of {@code ownerAddress} over its text. */
    public static boolean verify(SubdomainRecord record, String ownerAddress) {
        if (record.signature() == null) {
            return false;
        }
        Optional<OwnerAddress> owner = OwnerAddress.fromBase58(ownerAddress);
        if (owner.isEmpty()) {
            return false;
        }
        List<ScriptChunk> chunks;
        try {
            chunks = Script.parse(Base64.getDecoder().decode(record.signature())).chunks();
        } catch (IllegalArgumentException | ScriptException e) {
            return false;
        }
        byte[] digest = Hashes.sha256(plaintext(record).getBytes(StandardCharsets.ISO_8859_1));
        return owner.get().kind() == OwnerAddress.Kind.SINGLE_SIG
                ? verifySingleSig(owner.get(), digest, chunks)
                : verifyMultiSig(owner.get(), digest, chunks);
    }

    private static boolean verifySingleSig(OwnerAddress owner, byte[] digest, List<ScriptChunk> chunks) {
        if (chunks.size() != 2 || !isData(chunks.get(0)) || !isData(chunks.get(1))) {
            return false;
        }
        byte[] publicKey = chunks.get(1).data;
        if (!Arrays.equals(Hashes.hash160(publicKey), owner.hash160())) {
            return false;
        }
        return verifies(digest, chunks.get(0).data, publicKey);
    }

    private static boolean verifyMultiSig(OwnerAddress owner, byte[] digest, List<ScriptChunk> chunks) {
        if (chunks.size() < 2 || !isData(chunks.get(chunks.size() - 1))) {
            return false;
        }
        byte[] redeemScript = chunks.get(chunks.size() - 1).data;
        if (!Arrays.equals(Hashes.hash160(redeemScript), owner.hash160())) {
            return false;
        }
        Optional<Multisig> multisig = Multisig.parse(redeemScript);
        List<ScriptChunk> signatures = chunks.subList(1, chunks.size() - 1);
        if (multisig.isEmpty() || signatures.size() != multisig.get().required()) {
            return false;
        }
        int nextKey = 0;
        for (ScriptChunk signature : signatures) {
            if (!isData(signature)) {
                return false;
            }
            boolean matched = false;
            while (!matched) {
                if (nextKey >= multisig.get().keys().size()) {
                    return false;
                }
                matched = verifies(digest, signature.data, multisig.get().keys().get(nextKey++));
            }
        }
        return true;
    }

    /** A redeem script {@code OP_m <key>… OP_n OP_CHECKMULTISIG} with valid keys. */
    private record Multisig(int required, List<byte[]> keys) {
        static Optional<Multisig> parse(byte[] redeemScript) {
            List<ScriptChunk> chunks;
            try {
                chunks = Script.parse(redeemScript).chunks();
            } catch (ScriptException e) {
                return Optional.empty();
            }
            int size = chunks.size();
            if (size <= 2 || !chunks.get(size - 1).equalsOpCode(ScriptOpCodes.OP_CHECKMULTISIG)
                    || !isSmallNumber(chunks.get(0)) || !isSmallNumber(chunks.get(size - 2))) {
                return Optional.empty();
            }
            int keyCount = chunks.get(size - 2).decodeOpN();
            if (keyCount != size - 3) {
                return Optional.empty();
            }
            List<byte[]> keys = new ArrayList<>();
            for (ScriptChunk key : chunks.subList(1, size - 2)) {
                if (!isData(key) || !isPublicKey(key.data)) {
                    return Optional.empty();
                }
                keys.add(key.data);
            }
            return Optional.of(new Multisig(chunks.get(0).decodeOpN(), keys));
        }
    }

    private static boolean isSmallNumber(ScriptChunk chunk) {
        return chunk.opcode == ScriptOpCodes.OP_0
                || (chunk.opcode >= ScriptOpCodes.OP_1 && chunk.opcode <= ScriptOpCodes.OP_16);
    }

    /** A push of bytes (not OP_0, which the reference reads as "nothing", nor OP_1…OP_16). */
    private static boolean isData(ScriptChunk chunk) {
        return chunk.opcode > ScriptOpCodes.OP_0 && chunk.opcode <= ScriptOpCodes.OP_PUSHDATA4 && chunk.data != null;
    }

    private static boolean isPublicKey(byte[] key) {
        try {
            Secp256k1Keys.decodePoint(java.util.HexFormat.of().formatHex(key));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean verifies(byte[] digest, byte[] signature, byte[] publicKey) {
        ECPoint key;
        try {
            key = Secp256k1Keys.decodePoint(java.util.HexFormat.of().formatHex(publicKey));
        } catch (IllegalArgumentException e) {
            return false;
        }
        return Es256kVerifier.verifyHash(digest, signature, key);
    }

    /**
     * The {@code sig} value for {@code record} by the single-sig key {@code privateKeyHex}, as the
     * reference's signer writes it: low-S r‖s and the compressed public key in a scriptSig, base64.
     */
    public static String sign(SubdomainRecord record, String privateKeyHex) {
        Es256kSigner signer = new Es256kSigner(privateKeyHex);
        byte[] signature = signer.signRaw(plaintext(record).getBytes(StandardCharsets.ISO_8859_1));
        BigInteger order = Secp256k1Keys.DOMAIN.getN();
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(signature, 32, 64));
        if (s.shiftLeft(1).compareTo(order) >= 0) {
            byte[] low = order.subtract(s).toByteArray();
            Arrays.fill(signature, 32, 64, (byte) 0);
            int length = Math.min(32, low.length);
            System.arraycopy(low, low.length - length, signature, 64 - length, length);
        }
        byte[] publicKey = java.util.HexFormat.of().parseHex(signer.publicKeyHex());
        byte[] scriptSig = new ScriptBuilder().data(signature).data(publicKey).build().program();
        return Base64.getEncoder().encodeToString(scriptSig);
    }
}
