package org.blockstack.functions.core.bns.wire;

import org.bitcoinj.base.Sha256Hash;

/**
 * Resolves the outputs that a transaction's inputs spend. A BNS operation's sender is the output
 * spent by its input 0, which lives in an earlier transaction, so parsing needs this lookup;
 * sync implements it by fetching previous transactions from the block source (Bitcoin Core with
 * {@code -txindex}: {@code /rest/tx/<txid>.bin}), only for BNS candidates.
 */
@FunctionalInterface
public interface SpentOutputs {
    /**
     * @throws SpentOutputUnavailableException when the output cannot be found: the block cannot
     *                                         be processed without it
     */
    SpentOutput find(Sha256Hash txid, long vout);
}
