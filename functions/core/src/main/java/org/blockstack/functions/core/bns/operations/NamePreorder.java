package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import org.blockstack.functions.core.bns.EpochFeature;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.MalformedOperationException;
import org.blockstack.functions.core.bns.wire.PayloadReader;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * NAME_PREORDER ({@code ?}, bns-protocol §5.2, §6.7): commits to a name, its buyer's script and
 * the future owner's address by hash, and pays the name's fee to output 2.
 *
 * <p>Body: preorder hash (20) | consensus hash (16) [| STX to burn u64be (8) | token type,
 * NUL-padded (19) — epoch 4 on]. Outputs: exactly 3; output 2 is the fee.
 *
 * @param tokenFee   micro-STX burned, or null when the optional token fields are absent
 * @param tokenUnits the token type with NULs stripped, or null
 */
public record NamePreorder(TransactionContext tx, String preorderHash, String consensusHash, Long tokenFee,
        String tokenUnits, long fee, String feeAddress) implements BnsOperation {

    static final int BODY_LENGTH = 36;
    static final int TOKEN_BODY_LENGTH = 63;
    private static final int TOKEN_TYPE_LENGTH = 19;

    public static NamePreorder parse(byte[] body, TransactionContext tx, NetworkParams params)
            throws MalformedOperationException {
        tx.requireStandardOutputs(3);
        if (tx.outputs().size() != 3) {
            throw new MalformedOperationException("a name preorder has exactly 3 outputs, this one "
                    + tx.outputs().size());
        }
        TransactionContext.AddressedOutput feeOutput = tx.addressedOutput(2, params);
        boolean tokens = params.epochAt(tx.height()).has(EpochFeature.NAMEOPS_COST_TOKENS);
        if (body.length != BODY_LENGTH && !(tokens && body.length == TOKEN_BODY_LENGTH)) {
            throw new MalformedOperationException("name preorder body has " + body.length + " bytes, expected "
                    + BODY_LENGTH + (tokens ? " or " + TOKEN_BODY_LENGTH : ""));
        }
        PayloadReader reader = new PayloadReader(body);
        String hash = reader.hex(20);
        String consensus = reader.hex(16);
        Long tokenFee = null;
        String tokenUnits = null;
        if (reader.remaining() > 0) {
            tokenFee = reader.amount();
            tokenUnits = stripNuls(reader.bytes(TOKEN_TYPE_LENGTH));
        }
        return new NamePreorder(tx, hash, consensus, tokenFee, tokenUnits, feeOutput.value(), feeOutput.address());
    }

    /** The body of a NAME_PREORDER; {@code tokenFee} null for the plain (BTC) form. */
    public static byte[] body(String preorderHash, String consensusHash, Long tokenFee, String tokenUnits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HexFormat.of().parseHex(preorderHash));
        out.writeBytes(HexFormat.of().parseHex(consensusHash));
        if (tokenFee != null) {
            out.writeBytes(ByteBuffer.allocate(8).putLong(tokenFee).array());
            byte[] units = new byte[TOKEN_TYPE_LENGTH];
            byte[] text = tokenUnits.getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(text, 0, units, 0, text.length);
            out.writeBytes(units);
        }
        return out.toByteArray();
    }

    private static String stripNuls(byte[] bytes) {
        int start = 0;
        int end = bytes.length;
        while (start < end && bytes[start] == 0) {
            start++;
        }
        while (end > start && bytes[end - 1] == 0) {
            end--;
        }
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.NAME_PREORDER;
    }

    @Override
    public String opName() {
        return "NAME_PREORDER";
    }

    @Override
    public String subject() {
        return preorderHash;
    }

    private boolean paysInTokens(OperationContext context) {
        return context.epoch().has(EpochFeature.NAMEOPS_COST_TOKENS) && tokenFee != null && tokenUnits != null;
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        if (context.openNamePreorder(preorderHash).isPresent()) {
            return reject(RejectReason.PREORDER_EXISTS, "preorder hash " + preorderHash + " is already preordered");
        }
        if (!context.isValidConsensusHash(consensusHash)) {
            return reject(RejectReason.CONSENSUS_HASH_INVALID,
                    "consensus hash " + consensusHash + " is not one of the last 24 blocks'");
        }
        int owned = context.quotaCount(tx.sender().script());
        if (owned >= NetworkParams.MAX_NAMES_PER_OWNER) {
            return reject(RejectReason.QUOTA_EXCEEDED, "sender " + tx.sender().address() + " owns " + owned
                    + " names, the most is " + NetworkParams.MAX_NAMES_PER_OWNER);
        }
        if (paysInTokens(context)) {
            if (!context.params().burnAddress().equals(feeAddress)) {
                return reject(RejectReason.WRONG_FEE_ADDRESS, "a preorder paying in tokens must send its fee output to "
                        + "the burn address " + context.params().burnAddress() + ", not " + feeAddress);
            }
            if (!"STACKS".equals(tokenUnits)) {
                return reject(RejectReason.TOKEN_TYPE_UNSUPPORTED,
                        "token type '" + tokenUnits + "' is not supported, only STACKS");
            }
        }
        return none();
    }

    @Override
    public StateValue apply(OperationContext context) {
        boolean tokens = paysInTokens(context);
        PreorderRecord record = new PreorderRecord(PreorderRecord.NAME_PREORDER, preorderHash, consensusHash,
                tx.sender().script(), tx.sender().publicKey(), tx.sender().address(), context.height(), tx.txid(),
                tx.vtxindex(), fee, feeAddress, tokens ? tokenFee : 0, tokens ? "STACKS" : "BTC");
        context.put(record);
        return record;
    }
}
