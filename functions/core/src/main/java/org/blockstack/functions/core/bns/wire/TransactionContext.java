package org.blockstack.functions.core.bns.wire;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.bitcoinj.base.SegwitAddress;
import org.blockstack.functions.core.bns.NetworkParams;

/**
 * What an operation needs to know about its transaction besides the payload: where it is, who
 * sent it (the output spent by input 0, bns-protocol §2.2) and its outputs.
 *
 * @param txid     display-order hex
 * @param vtxindex position in the block, coinbase = 0
 * @param height   the block's height
 */
public record TransactionContext(String txid, int vtxindex, int height, Sender sender, List<Output> outputs) {

    /**
     * @param script    scriptPubKey hex of the output input 0 spends
     * @param address   its address
     * @param p2pkh     whether it is p2pkh (else p2sh)
     * @param publicKey hex of the key found in some input's {@code <sig> <pubkey>} scriptSig whose
     *                  address is the sender's (p2pkh senders only), or null
     */
    public record Sender(String script, String address, boolean p2pkh, String publicKey) {
    }

    /**
     * @param script hex
     */
    public record Output(String script, long value) {
        public byte[] scriptBytes() {
            return HexFormat.of().parseHex(script);
        }

        /**
         * Whether the reference allows it where output types are checked ({@code OP_RETURN},
         * p2pkh or p2sh, bns-protocol §2.3).
         */
        public boolean standard() {
            byte[] bytes = scriptBytes();
            return ScriptTypes.isNulldata(bytes) || ScriptTypes.isP2pkh(bytes) || ScriptTypes.isP2sh(bytes);
        }

        /** Base58 for p2pkh and p2sh, bech32 for native segwit, null for anything else (computed on demand). */
        public String address(NetworkParams params) {
            byte[] bytes = scriptBytes();
            if (ScriptTypes.isP2pkh(bytes)) {
                return params.p2pkhAddress(ScriptTypes.hash160(bytes));
            }
            if (ScriptTypes.isP2sh(bytes)) {
                return params.p2shAddress(ScriptTypes.hash160(bytes));
            }
            if (ScriptTypes.isP2wpkh(bytes) || ScriptTypes.isP2wsh(bytes)) {
                return SegwitAddress.fromHash(params.network().bitcoinNetwork(),
                        Arrays.copyOfRange(bytes, 2, bytes.length)).toString();
            }
            return null;
        }
    }

    public TransactionContext {
        outputs = List.copyOf(outputs);
    }

    /** Fails unless the first {@code count} outputs (or all, if fewer) are of an allowed type. */
    public void requireStandardOutputs(int count) throws MalformedOperationException {
        for (int i = 0; i < Math.min(count, outputs.size()); i++) {
            if (!outputs.get(i).standard()) {
                throw new MalformedOperationException("output " + i + " (" + outputs.get(i).script()
                        + ") is not OP_RETURN, p2pkh or p2sh");
            }
        }
    }

    /** Output {@code index}, which must exist and have an address: its script, value and address. */
    public AddressedOutput addressedOutput(int index, NetworkParams params) throws MalformedOperationException {
        if (index >= outputs.size()) {
            throw new MalformedOperationException("expected an output " + index + ", the transaction has "
                    + outputs.size());
        }
        Output output = outputs.get(index);
        String address = output.address(params);
        if (address == null) {
            throw new MalformedOperationException("output " + index + " (" + output.script() + ") has no address");
        }
        return new AddressedOutput(output.script(), output.value(), address);
    }

    /** An output with an address. */
    public record AddressedOutput(String script, long value, String address) {
    }
}
