package org.blockstack.functions.core.bns.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionInput;
import org.bitcoinj.core.TransactionOutput;
import org.blockstack.functions.core.addresses.Hashes;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.wire.BnsCandidate;
import org.blockstack.functions.core.bns.wire.MalformedOperationException;
import org.blockstack.functions.core.bns.wire.ScriptTokens;
import org.blockstack.functions.core.bns.wire.ScriptTypes;
import org.blockstack.functions.core.bns.wire.SpentOutput;
import org.blockstack.functions.core.bns.wire.SpentOutputs;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * Turns a candidate transaction into the operation it carries (bns-protocol §2, §5): looks up its
 * senders, requires every one to be p2pkh or p2sh, and lets the opcode's class parse the body
 * and outputs. Anything malformed is simply not an operation.
 */
public final class BnsOperationParser {
    private final NetworkParams params;

    public BnsOperationParser(NetworkParams params) {
        this.params = params;
    }

    /**
     * @throws org.blockstack.functions.core.bns.wire.SpentOutputUnavailableException when a spent
     *         output cannot be looked up (the only failure that escapes: the block must be retried)
     */
    public Optional<BnsOperation> parse(BnsCandidate candidate, int height, SpentOutputs spentOutputs) {
        Optional<TransactionContext> context = context(candidate.transaction(), candidate.vtxindex(), height,
                spentOutputs);
        if (context.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(candidate, context.get()));
        } catch (MalformedOperationException e) {
            return Optional.empty();
        }
    }

    private BnsOperation parse(BnsCandidate candidate, TransactionContext tx) throws MalformedOperationException {
        byte[] body = candidate.body();
        return switch (candidate.opcode()) {
            case NAME_PREORDER -> NamePreorder.parse(body, tx, params);
            case NAME_REGISTRATION -> NameRegistration.parse(body, tx, params);
            case NAME_UPDATE -> NameUpdate.parse(body, tx);
            case NAME_TRANSFER -> NameTransfer.parse(body, tx, params);
            case NAME_REVOKE -> NameRevoke.parse(body, tx);
            case NAME_IMPORT -> NameImport.parse(body, tx, params);
            case NAMESPACE_PREORDER -> NamespacePreorder.parse(body, tx, params);
            case NAMESPACE_REVEAL -> NamespaceReveal.parse(body, tx, params);
            case NAMESPACE_READY -> NamespaceReady.parse(body, tx);
            case ANNOUNCE -> Announce.parse(body, tx);
        };
    }

    /** The transaction's facts, or empty when some input does not spend a p2pkh or p2sh output. */
    private Optional<TransactionContext> context(Transaction transaction, int vtxindex, int height,
            SpentOutputs spentOutputs) {
        if (transaction.isCoinBase()) {
            return Optional.empty();
        }
        List<SpentOutput> senders = new ArrayList<>();
        for (TransactionInput input : transaction.getInputs()) {
            SpentOutput spent = spentOutputs.find(input.getOutpoint().hash(), input.getOutpoint().index());
            if (!ScriptTypes.isP2pkh(spent.script()) && !ScriptTypes.isP2sh(spent.script())) {
                return Optional.empty();
            }
            senders.add(spent);
        }
        byte[] senderScript = senders.get(0).script();
        boolean p2pkh = ScriptTypes.isP2pkh(senderScript);
        byte[] senderHash = ScriptTypes.hash160(senderScript);
        TransactionContext.Sender sender = new TransactionContext.Sender(HexFormat.of().formatHex(senderScript),
                p2pkh ? params.p2pkhAddress(senderHash) : params.p2shAddress(senderHash), p2pkh,
                p2pkh ? senderPublicKey(transaction, senderHash) : null);
        List<TransactionContext.Output> outputs = new ArrayList<>();
        for (TransactionOutput output : transaction.getOutputs()) {
            outputs.add(new TransactionContext.Output(HexFormat.of().formatHex(output.getScriptBytes()),
                    output.getValue().value));
        }
        return Optional.of(new TransactionContext(transaction.getTxId().toString(), vtxindex, height, sender,
                outputs));
    }

    /**
     * The key of a {@code <sig> <pubkey>} scriptSig, in any input, whose hash160 (of the bytes as
     * pushed) is the sender's (bns-protocol §2.2); witnesses are never consulted. The key must be
     * a compressed or uncompressed SEC encoding; that it is a curve point is not re-checked: the
     * input spending the p2pkh output with this hash proved it with OP_CHECKSIG (decisions I4-12).
     */
    private static String senderPublicKey(Transaction transaction, byte[] senderHash) {
        for (TransactionInput input : transaction.getInputs()) {
            List<ScriptTokens.Token> tokens = ScriptTokens.parse(input.getScriptBytes());
            if (tokens.size() != 2 || !tokens.get(1).isPush()) {
                continue;
            }
            byte[] candidate = tokens.get(1).data();
            if (isPublicKeyEncoding(candidate) && Arrays.equals(Hashes.hash160(candidate), senderHash)) {
                return HexFormat.of().formatHex(candidate);
            }
        }
        return null;
    }

    private static boolean isPublicKeyEncoding(byte[] bytes) {
        return (bytes.length == 33 && (bytes[0] == 2 || bytes[0] == 3)) || (bytes.length == 65 && bytes[0] == 4);
    }
}
