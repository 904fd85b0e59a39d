package org.blockstack.functions.core.bns.wire;

import org.bitcoinj.base.Sha256Hash;

/** An output of an earlier transaction, as an input names it. */
public record Outpoint(Sha256Hash txid, long vout) {
}
