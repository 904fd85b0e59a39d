package org.blockstack.functions.core.bns.wire;

/** An output an input spends: its script and value in satoshis. */
public record SpentOutput(byte[] script, long value) {
}
