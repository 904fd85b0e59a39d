package org.blockstack.functions.core.bns;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.bitcoinj.base.Address;
import org.bitcoinj.base.Coin;
import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.core.Transaction;
import org.bitcoinj.core.TransactionOutPoint;
import org.bitcoinj.crypto.ECKey;
import org.bitcoinj.script.Script;
import org.bitcoinj.script.ScriptBuilder;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.operations.Announce;
import org.blockstack.functions.core.bns.operations.NameImport;
import org.blockstack.functions.core.bns.operations.NamePreorder;
import org.blockstack.functions.core.bns.operations.NameRegistration;
import org.blockstack.functions.core.bns.operations.NameRevoke;
import org.blockstack.functions.core.bns.operations.NameTransfer;
import org.blockstack.functions.core.bns.operations.NameUpdate;
import org.blockstack.functions.core.bns.operations.NamespacePreorder;
import org.blockstack.functions.core.bns.operations.NamespaceReady;
import org.blockstack.functions.core.bns.operations.NamespaceReveal;
import org.blockstack.functions.core.bns.wire.BnsOpcode;

/**
 * Builds signed transactions for every BNS operation, the inverse of the parser: the
 * {@code OP_RETURN} first, then the outputs in the positions the rules read (bns-protocol §5,
 * the reference client's layouts of §5.13), spending one p2pkh output of the sender and
 * returning the change to it. Tests, the demo chain and the benchmarks use it.
 */
public final class BnsTransactionBuilder {
    /** Value of the outputs that only mark an address (new owner, reveal address, value-hash carrier). */
    public static final long DUST = 5_500;
    /** What every built transaction leaves to the miner. */
    public static final long MINER_FEE = 1_000;

    private final NetworkParams params;

    public BnsTransactionBuilder(NetworkParams params) {
        this.params = params;
    }

    /** A p2pkh output its key can spend. */
    public record Funding(TransactionOutPoint outpoint, long value, ECKey key) {
        public Script script() {
            return ScriptBuilder.createP2PKHOutputScript(key);
        }
    }

    /** A built transaction and its change output, for the next operation of the same sender. */
    public record Built(Transaction transaction, Funding change) {
    }

    public NetworkParams params() {
        return params;
    }

    /** The p2pkh address of {@code key} in this network's encoding. */
    public String address(ECKey key) {
        return params.p2pkhAddress(key.getPubKeyHash());
    }

    /** The scriptPubKey hex of a funding key: the sender script the rules see. */
    public static String script(ECKey key) {
        return HexFormat.of().formatHex(ScriptBuilder.createP2PKHOutputScript(key).program());
    }

    public Built namePreorder(Funding from, String fqn, String registerAddress, String consensusHash, long fee,
            String feeAddress, Long tokenFee) {
        String hash = BnsHashes.preorderHash(fqn, script(from.key()), registerAddress);
        byte[] body = NamePreorder.body(hash, consensusHash, tokenFee, tokenFee == null ? null : "STACKS");
        return build(from, BnsOpcode.NAME_PREORDER, body, List.of(change(), pay(feeAddress, fee)));
    }

    /** A registration (form A without a value hash, form B with one). */
    public Built nameRegistration(Funding from, String fqn, String ownerAddress, String valueHash) {
        byte[] body = NameRegistration.body(fqn, valueHash, null);
        return build(from, BnsOpcode.NAME_REGISTRATION, body, List.of(pay(ownerAddress, DUST), change()));
    }

    /** A renewal: form A without a value hash, else form C (with {@code tokens}, 0 when paying BTC). */
    public Built nameRenewal(Funding from, String fqn, String ownerAddress, String valueHash, long fee,
            String feeAddress, long tokens) {
        byte[] body = valueHash == null ? NameRegistration.body(fqn, null, null)
                : NameRegistration.body(fqn, valueHash, tokens);
        return build(from, BnsOpcode.NAME_REGISTRATION, body,
                List.of(pay(ownerAddress, DUST), change(), pay(feeAddress, fee)));
    }

    public Built nameUpdate(Funding from, String fqn, String consensusHash, String valueHash) {
        return build(from, BnsOpcode.NAME_UPDATE, NameUpdate.body(fqn, consensusHash, valueHash), List.of(change()));
    }

    public Built nameTransfer(Funding from, String fqn, String recipientAddress, boolean keepData,
            String consensusHash) {
        return build(from, BnsOpcode.NAME_TRANSFER, NameTransfer.body(fqn, keepData, consensusHash),
                List.of(pay(recipientAddress, DUST), change()));
    }

    public Built nameRevoke(Funding from, String fqn) {
        return build(from, BnsOpcode.NAME_REVOKE, NameRevoke.body(fqn), List.of(change()));
    }

    /** An import: the value hash travels as the hash of a p2pkh output. */
    public Built nameImport(Funding from, String fqn, String recipientAddress, String valueHash) {
        String carrier = params.p2pkhAddress(HexFormat.of().parseHex(valueHash));
        return build(from, BnsOpcode.NAME_IMPORT, NameImport.body(fqn),
                List.of(pay(recipientAddress, DUST), pay(carrier, DUST), change()));
    }

    public Built namespacePreorder(Funding from, String namespaceId, String revealAddress, String consensusHash,
            long fee, Long tokenFee) {
        String hash = BnsHashes.preorderHash(namespaceId, script(from.key()), revealAddress);
        return build(from, BnsOpcode.NAMESPACE_PREORDER, NamespacePreorder.body(hash, consensusHash, tokenFee),
                List.of(change(), pay(params.burnAddress(), fee)));
    }

    /** The price rules a namespace reveal fixes. */
    public record NamespaceRules(long lifetime, int coeff, int base, List<Integer> buckets, int nonalphaDiscount,
            int noVowelDiscount, int version) {
    }

    public Built namespaceReveal(Funding from, String namespaceId, String revealAddress, NamespaceRules rules) {
        byte[] body = NamespaceReveal.body(namespaceId, rules.lifetime(), rules.coeff(), rules.base(),
                rules.buckets(), rules.nonalphaDiscount(), rules.noVowelDiscount(), rules.version());
        return build(from, BnsOpcode.NAMESPACE_REVEAL, body, List.of(pay(revealAddress, DUST), change()));
    }

    public Built namespaceReady(Funding from, String namespaceId) {
        return build(from, BnsOpcode.NAMESPACE_READY, NamespaceReady.body(namespaceId), List.of(change()));
    }

    public Built announce(Funding from, String messageHash) {
        return build(from, BnsOpcode.ANNOUNCE, Announce.body(messageHash), List.of(change()));
    }

    /** An output after the {@code OP_RETURN}: a payment, or (null address) the sender's change. */
    public record Output(String address, long value) {
    }

    public static Output pay(String address, long value) {
        return new Output(address, value);
    }

    public static Output change() {
        return new Output(null, 0);
    }

    /**
     * A transaction with {@code OP_RETURN magic|opcode|body} first, then {@code outputs}, spending
     * {@code from}; the change output receives what the others and {@link #MINER_FEE} leave.
     *
     * @throws IllegalArgumentException when {@code from} cannot pay for the outputs
     */
    public Built build(Funding from, BnsOpcode opcode, byte[] body, List<Output> outputs) {
        long paid = outputs.stream().mapToLong(Output::value).sum();
        long changeValue = from.value() - paid - MINER_FEE;
        if (changeValue < DUST) {
            throw new IllegalArgumentException("funding " + from.outpoint() + " of " + from.value()
                    + " satoshis cannot pay " + paid + " in outputs, the miner fee and a change output");
        }
        Transaction transaction = new Transaction();
        transaction.addOutput(Coin.ZERO, ScriptBuilder.createOpReturnScript(payload(opcode, body)));
        List<Integer> changeIndexes = new ArrayList<>();
        for (Output output : outputs) {
            if (output.address() == null) {
                changeIndexes.add(transaction.getOutputs().size());
                transaction.addOutput(Coin.valueOf(changeValue), from.script());
            } else {
                transaction.addOutput(Coin.valueOf(output.value()), parseAddress(output.address()));
            }
        }
        transaction.addSignedInput(from.outpoint(), from.script(), Coin.valueOf(from.value()), from.key());
        Funding change = changeIndexes.isEmpty() ? null
                : new Funding(new TransactionOutPoint(changeIndexes.get(0), transaction), changeValue, from.key());
        return new Built(transaction, change);
    }

    private byte[] payload(BnsOpcode opcode, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(params.magicBytes().getBytes(StandardCharsets.US_ASCII));
        out.write(opcode.code());
        out.writeBytes(body);
        return out.toByteArray();
    }

    private Address parseAddress(String address) {
        return LegacyAddress.fromBase58(address, params.network().bitcoinNetwork());
    }
}
