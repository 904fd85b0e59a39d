package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
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
 * NAMESPACE_PREORDER ({@code *}, bns-protocol §5.8, §6.3): commits to a namespace id, the
 * creator's script and the reveal address by hash, burning output 2's value (the price is
 * checked at reveal time). From epoch 4 the namespace is paid in STX, stated in the body.
 *
 * <p>Body: preorder hash (20) | consensus hash (16) [| STX paid u64be (8): epoch 4 on, mandatory].
 *
 * @param tokenFee micro-STX paid, or null before epoch 4
 */
public record NamespacePreorder(TransactionContext tx, String preorderHash, String consensusHash, Long tokenFee,
        long fee, String feeAddress) implements BnsOperation {

    static final int BODY_LENGTH = 36;
    static final int TOKEN_BODY_LENGTH = 44;

    public static NamespacePreorder parse(byte[] body, TransactionContext tx, NetworkParams params)
            throws MalformedOperationException {
        tx.requireStandardOutputs(3);
        TransactionContext.AddressedOutput feeOutput = tx.addressedOutput(2, params);
        boolean stacks = params.epochAt(tx.height()).has(EpochFeature.STACKS_BUY_NAMESPACES);
        int expected = stacks ? TOKEN_BODY_LENGTH : BODY_LENGTH;
        if (body.length != expected) {
            throw new MalformedOperationException("namespace preorder body has " + body.length + " bytes, expected "
                    + expected + " in this epoch");
        }
        PayloadReader reader = new PayloadReader(body);
        String hash = reader.hex(20);
        String consensus = reader.hex(16);
        Long tokenFee = stacks ? reader.amount() : null;
        return new NamespacePreorder(tx, hash, consensus, tokenFee, feeOutput.value(), feeOutput.address());
    }

    /** {@code tokenFee} null for the pre-epoch-4 form. */
    public static byte[] body(String preorderHash, String consensusHash, Long tokenFee) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HexFormat.of().parseHex(preorderHash));
        out.writeBytes(HexFormat.of().parseHex(consensusHash));
        if (tokenFee != null) {
            out.writeBytes(ByteBuffer.allocate(8).putLong(tokenFee).array());
        }
        return out.toByteArray();
    }

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.NAMESPACE_PREORDER;
    }

    @Override
    public String opName() {
        return "NAMESPACE_PREORDER";
    }

    @Override
    public String subject() {
        return preorderHash;
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        if (context.openNamespacePreorder(preorderHash).isPresent()) {
            return reject(RejectReason.PREORDER_EXISTS, "namespace preorder hash " + preorderHash
                    + " is already preordered");
        }
        if (!context.isValidConsensusHash(consensusHash)) {
            return reject(RejectReason.CONSENSUS_HASH_INVALID,
                    "consensus hash " + consensusHash + " is not one of the last 24 blocks'");
        }
        if (!context.params().burnAddress().equals(feeAddress)) {
            return reject(RejectReason.WRONG_FEE_ADDRESS, "a namespace preorder burns its fee: output 2 must pay "
                    + context.params().burnAddress() + ", not " + feeAddress);
        }
        return none();
    }

    @Override
    public StateValue apply(OperationContext context) {
        boolean stacks = context.epoch().has(EpochFeature.STACKS_BUY_NAMESPACES);
        PreorderRecord record = new PreorderRecord(PreorderRecord.NAMESPACE_PREORDER, preorderHash, consensusHash,
                tx.sender().script(), tx.sender().publicKey(), tx.sender().address(), context.height(), tx.txid(),
                tx.vtxindex(), fee, feeAddress, stacks ? tokenFee : 0, stacks ? "STACKS" : "BTC");
        context.put(record);
        return record;
    }
}
