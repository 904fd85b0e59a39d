package org.blockstack.functions.core.bns.wire;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bitcoinj.core.Block;
import org.bitcoinj.core.ProtocolException;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionOutput;
import org.blockstack.functions.core.chain.InvalidBlockException;
import org.blockstack.functions.core.chain.RawTransactions;

/**
 * Finds BNS candidates in a serialized block without deserializing it: walks the transactions
 * ({@link RawTransactions}), looks only at output scripts that start with
 * {@code OP_RETURN}, and hands just the candidate transactions to bitcoinj. Almost every
 * transaction of a real block is skipped over at the cost of reading its lengths.
 */
public final class RawBlockScanner {
    private final byte magic0;
    private final byte magic1;

    /** @param magicBytes the two ASCII characters every BNS payload starts with */
    public RawBlockScanner(String magicBytes) {
        byte[] magic = magicBytes.getBytes(StandardCharsets.US_ASCII);
        this.magic0 = magic[0];
        this.magic1 = magic[1];
    }

    /** @throws InvalidBlockException when the bytes end inside a transaction or a length is impossible */
    public List<BnsCandidate> scan(byte[] block) throws InvalidBlockException {
        CandidateFinder finder = new CandidateFinder(block);
        try {
            RawTransactions.walk(block, finder);
        } catch (InvalidBlockException e) {
            throw new InvalidBlockException("block of " + block.length + " bytes is truncated or malformed: "
                    + e.getMessage(), e);
        } catch (ProtocolException | BufferUnderflowException | IllegalArgumentException e) {
            // a candidate that bitcoinj cannot read although its lengths added up
            throw new InvalidBlockException("block of " + block.length + " bytes is truncated or malformed: "
                    + e.getMessage(), e);
        }
        return finder.candidates;
    }

    /** The candidates of a block bitcoinj already parsed (same rules, no byte scan needed). */
    public List<BnsCandidate> scan(Block block) {
        List<BnsCandidate> candidates = new ArrayList<>();
        List<Transaction> transactions = block.getTransactions();
        for (int index = 0; index < transactions.size(); index++) {
            candidate(index, transactions.get(index)).ifPresent(candidates::add);
        }
        return candidates;
    }

    /** The transaction at {@code vtxindex} as a candidate, if its deciding {@code OP_RETURN} output makes it one. */
    public Optional<BnsCandidate> candidate(int vtxindex, Transaction transaction) {
        byte[] lastOpReturn = null;
        boolean hasOpReturn = false;
        for (TransactionOutput output : transaction.getOutputs()) {
            byte[] script = output.getScriptBytes();
            if (ScriptTypes.isNulldata(script)) {
                hasOpReturn = true;
                lastOpReturn = ScriptTokens.opReturnPayload(script, 0, script.length);
            }
        }
        byte[] payload = hasOpReturn ? BnsCandidate.payloadIfCandidate(lastOpReturn, magic0, magic1) : null;
        return payload == null ? Optional.empty() : Optional.of(new BnsCandidate(vtxindex, transaction, payload));
    }

    /** Remembers each transaction's last {@code OP_RETURN} output and keeps the transactions it makes candidates. */
    private final class CandidateFinder implements RawTransactions.Visitor {
        private final byte[] bytes;
        private final List<BnsCandidate> candidates = new ArrayList<>();
        private int lastOpReturnStart = -1;
        private int lastOpReturnLength;

        CandidateFinder(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public void output(int scriptStart, int scriptLength) {
            if (scriptLength > 0 && (bytes[scriptStart] & 0xff) == ScriptTokens.OP_RETURN) {
                lastOpReturnStart = scriptStart;
                lastOpReturnLength = scriptLength;
            }
        }

        @Override
        public void transaction(int index, int start, int end, int bodyStart, int witnessStart, boolean segwit) {
            if (lastOpReturnStart < 0) {
                return;
            }
            // only the deciding (last) OP_RETURN output is tokenised, and only when there is one
            byte[] payload = BnsCandidate.payloadIfCandidate(
                    ScriptTokens.opReturnPayload(bytes, lastOpReturnStart, lastOpReturnLength), magic0, magic1);
            lastOpReturnStart = -1;
            if (payload != null) {
                Transaction transaction = Transaction.read(ByteBuffer.wrap(bytes, start, end - start).slice());
                candidates.add(new BnsCandidate(index, transaction, payload));
            }
        }
    }
}
