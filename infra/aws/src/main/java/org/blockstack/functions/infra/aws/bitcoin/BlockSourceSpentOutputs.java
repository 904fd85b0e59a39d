package org.blockstack.functions.infra.aws.bitcoin;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.ProtocolException;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionOutput;
import org.blockstack.functions.core.bns.wire.SpentOutput;
import org.blockstack.functions.core.bns.wire.SpentOutputUnavailableException;
import org.blockstack.functions.core.bns.wire.SpentOutputs;

/**
 * The outputs BNS candidates spend, fetched from the block source (one previous transaction per
 * distinct txid) and checked to be the transaction asked for. Used for one block at a time (it
 * remembers the transactions it fetched).
 */
public final class BlockSourceSpentOutputs implements SpentOutputs {
    private final BlockSource source;
    private final Map<Sha256Hash, Transaction> fetched = new HashMap<>();

    public BlockSourceSpentOutputs(BlockSource source) {
        this.source = source;
    }

    @Override
    public synchronized SpentOutput find(Sha256Hash txid, long vout) {
        Transaction transaction = fetched.computeIfAbsent(txid, this::fetch);
        if (vout < 0 || vout >= transaction.getOutputs().size()) {
            throw new SpentOutputUnavailableException("transaction " + txid + " has no output " + vout);
        }
        TransactionOutput output = transaction.getOutput(vout);
        return new SpentOutput(output.getScriptBytes(), output.getValue().value);
    }

    private Transaction fetch(Sha256Hash txid) {
        byte[] raw;
        try {
            raw = source.rawTransaction(txid.toString());
        } catch (BlockSourceException e) {
            throw new SpentOutputUnavailableException("cannot read spent transaction " + txid + ": " + e.getMessage(), e);
        }
        Transaction transaction;
        try {
            transaction = Transaction.read(ByteBuffer.wrap(raw));
        } catch (ProtocolException | java.nio.BufferUnderflowException | IllegalArgumentException e) {
            throw new SpentOutputUnavailableException(source.describe() + " answered transaction " + txid
                    + " with bytes that are not a transaction: " + e.getMessage(), e);
        }
        if (!transaction.getTxId().equals(txid)) {
            throw new SpentOutputUnavailableException(source.describe() + " answered transaction " + txid
                    + " with transaction " + transaction.getTxId());
        }
        return transaction;
    }
}
