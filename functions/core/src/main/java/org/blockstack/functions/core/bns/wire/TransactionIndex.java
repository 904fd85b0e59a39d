package org.blockstack.functions.core.bns.wire;

import java.util.HashMap;
import java.util.Map;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionOutput;

/** {@link SpentOutputs} over transactions held in memory (tests, the demo chain, benchmarks). */
public final class TransactionIndex implements SpentOutputs {
    private final Map<Sha256Hash, Transaction> transactions = new HashMap<>();

    public synchronized TransactionIndex add(Transaction transaction) {
        transactions.put(transaction.getTxId(), transaction);
        return this;
    }

    public TransactionIndex addAll(Block block) {
        block.getTransactions().forEach(this::add);
        return this;
    }

    @Override
    public synchronized SpentOutput find(Sha256Hash txid, long vout) {
        Transaction transaction = transactions.get(txid);
        if (transaction == null) {
            throw new SpentOutputUnavailableException("transaction " + txid + " is not known");
        }
        if (vout < 0 || vout >= transaction.getOutputs().size()) {
            throw new SpentOutputUnavailableException("transaction " + txid + " has no output " + vout + " (it has "
                    + transaction.getOutputs().size() + ")");
        }
        TransactionOutput output = transaction.getOutput(vout);
        return new SpentOutput(output.getScriptBytes(), output.getValue().value);
    }
}
