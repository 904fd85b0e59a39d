package org.blockstack.functions.emulators.bitcoin;

import java.util.Optional;

import org.bitcoinj.base.Sha256Hash;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Transaction;

/** Lookups the emulated APIs need over a {@link RegtestChain}. */
final class ChainLookups {
    private ChainLookups() {
    }

    /** A transaction of the active chain by id (a linear scan: emulated chains are small). */
    static Optional<Transaction> transaction(RegtestChain chain, Sha256Hash txid) {
        for (int height = chain.tipHeight(); height >= 0; height--) {
            Block block = chain.blockAt(height).orElseThrow();
            for (Transaction transaction : block.getTransactions()) {
                if (transaction.getTxId().equals(txid)) {
                    return Optional.of(transaction);
                }
            }
        }
        return Optional.empty();
    }

    static Optional<Sha256Hash> parseHash(String text) {
        try {
            return text.matches("[0-9a-f]{64}") ? Optional.of(Sha256Hash.wrap(text)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
