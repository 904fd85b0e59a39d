package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.blockstack.functions.core.bns.EpochFeature;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.pricing.NamespacePricing;
import org.blockstack.functions.core.bns.pricing.Price;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.MalformedOperationException;
import org.blockstack.functions.core.bns.wire.PayloadReader;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * NAMESPACE_REVEAL ({@code &}, bns-protocol §5.9, §6.4): names the preordered namespace and fixes
 * its price function and name lifetime for ever; the address of output 1 becomes the key that
 * imports names and sends NAMESPACE_READY.
 *
 * <p>Body: lifetime u32be (4) | coeff (1) | base (1) | 16 bucket exponents, a nibble each (8) |
 * discounts: non-alpha nibble, no-vowel nibble (1) | version u16be (2) | namespace id (1–19).
 * Outputs: exactly 3.
 */
public record NamespaceReveal(TransactionContext tx, String namespaceId, long lifetime, int coeff, int base,
        List<Integer> buckets, int nonalphaDiscount, int noVowelDiscount, int version, String recipient,
        String recipientAddress) implements BnsOperation {

    static final int FIXED_LENGTH = 17;

    public NamespaceReveal {
        buckets = List.copyOf(buckets);
    }

    public static NamespaceReveal parse(byte[] body, TransactionContext tx, NetworkParams params)
            throws MalformedOperationException {
        tx.requireStandardOutputs(2);
        if (tx.outputs().size() != 3) {
            throw new MalformedOperationException("a namespace reveal has exactly 3 outputs, this one "
                    + tx.outputs().size());
        }
        TransactionContext.AddressedOutput recipient = tx.addressedOutput(1, params);
        if (body.length < FIXED_LENGTH + 1) {
            throw new MalformedOperationException("namespace reveal body has " + body.length + " bytes, at least "
                    + (FIXED_LENGTH + 1) + " expected");
        }
        PayloadReader reader = new PayloadReader(body);
        long lifetime = reader.unsignedBigEndian(4);
        int coeff = reader.unsigned8();
        int base = reader.unsigned8();
        List<Integer> buckets = new ArrayList<>();
        for (byte packed : reader.bytes(8)) {
            buckets.add((packed >> 4) & 0x0f);
            buckets.add(packed & 0x0f);
        }
        int discounts = reader.unsigned8();
        int nonalpha = discounts >> 4;
        int noVowel = discounts & 0x0f;
        int version = (int) reader.unsignedBigEndian(2);
        String namespaceId = reader.restAsText();
        if (!NameSyntax.isValidNamespaceId(namespaceId)) {
            throw new MalformedOperationException("'" + namespaceId + "' is not a valid namespace id");
        }
        if (version < NamespaceRecord.VERSION_PAY_TO_BURN || version > NamespaceRecord.VERSION_PAY_WITH_STACKS) {
            throw new MalformedOperationException("namespace version " + version + " is not 1, 2 or 3");
        }
        if (nonalpha == 0 || noVowel == 0) {
            throw new MalformedOperationException("namespace discounts must be 1-15, got " + nonalpha + " and "
                    + noVowel);
        }
        return new NamespaceReveal(tx, namespaceId, lifetime, coeff, base, buckets, nonalpha, noVowel, version,
                recipient.script(), recipient.address());
    }

    public static byte[] body(String namespaceId, long lifetime, int coeff, int base, List<Integer> buckets,
            int nonalphaDiscount, int noVowelDiscount, int version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) lifetime).array());
        out.write(coeff);
        out.write(base);
        for (int i = 0; i < 16; i += 2) {
            out.write((buckets.get(i) << 4) | buckets.get(i + 1));
        }
        out.write((nonalphaDiscount << 4) | noVowelDiscount);
        out.write(version >> 8);
        out.write(version & 0xff);
        out.writeBytes(namespaceId.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.NAMESPACE_REVEAL;
    }

    @Override
    public String opName() {
        return "NAMESPACE_REVEAL";
    }

    @Override
    public String subject() {
        return namespaceId;
    }

    String preorderHash() {
        return BnsHashes.preorderHash(namespaceId, tx.sender().script(), recipientAddress);
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        if (context.revealedNamespace(namespaceId, context.lastHeight()).isPresent()
                || context.readyNamespace(namespaceId).isPresent()) {
            return reject(RejectReason.NAMESPACE_EXISTS, "namespace " + namespaceId + " is already revealed or ready");
        }
        Optional<PreorderRecord> found = context.openNamespacePreorder(preorderHash());
        if (found.isEmpty()) {
            return reject(RejectReason.PREORDER_NOT_FOUND, "no open preorder of namespace " + namespaceId + " by "
                    + tx.sender().address() + " for reveal address " + recipientAddress);
        }
        if (version == NamespaceRecord.VERSION_PAY_TO_CREATOR
                && !context.epoch().has(EpochFeature.NAMESPACE_BURN_TO_CREATOR)
                || version == NamespaceRecord.VERSION_PAY_WITH_STACKS
                && !context.epoch().has(EpochFeature.NAMESPACE_PAY_WITH_STACKS)) {
            return reject(RejectReason.VERSION_NOT_ALLOWED, "epoch " + context.epoch().number()
                    + " does not support namespace version " + version);
        }
        PreorderRecord preorder = found.get();
        if (preorder.paidInStacks()) {
            Optional<Price> price = NamespacePricing.price(namespaceId, context.epoch(), Price.Units.STACKS);
            if (price.isEmpty() || !price.get().isPaidBy(preorder.tokenFee())) {
                return reject(RejectReason.FEE_TOO_LOW, "namespace " + namespaceId + " costs "
                        + price.map(Price::toString).orElse("more than STX can pay in this epoch") + ", the preorder paid "
                        + preorder.tokenFee() + " micro-STX");
            }
        } else {
            // with no BTC price in this epoch the reference compares against None and accepts (§13.6)
            Optional<Price> price = NamespacePricing.price(namespaceId, context.epoch(), Price.Units.BTC);
            if (price.isPresent() && !price.get().isPaidBy(preorder.opFee())) {
                return reject(RejectReason.FEE_TOO_LOW, "namespace " + namespaceId + " costs " + price.get()
                        + ", the preorder paid " + preorder.opFee() + " satoshis");
            }
        }
        return none();
    }

    @Override
    public StateValue apply(OperationContext context) {
        PreorderRecord preorder = context.openNamespacePreorder(preorderHash()).orElseThrow();
        int blockNumber = context.state().namespace(namespaceId).map(NamespaceRecord::blockNumber)
                .orElse(preorder.blockNumber());
        NamespaceRecord record = new NamespaceRecord(namespaceId, preorder.preorderHash(), version,
                tx.sender().script(), tx.sender().publicKey(), tx.sender().address(), recipient, recipientAddress,
                blockNumber, context.height(), 0, NamespaceRecord.REVEALED, tx.txid(), tx.vtxindex(), lifetime, coeff,
                base, buckets, nonalphaDiscount, noVowelDiscount, preorder.opFee(),
                preorder.paidInStacks() ? preorder.tokenFee() : 0);
        context.delete(preorder.key());
        context.addHistory(namespaceId, preorder.blockNumber(), preorder.vtxindex(), preorder.txid(),
                "NAMESPACE_PREORDER", preorder);
        context.addHistory(namespaceId, context.height(), tx.vtxindex(), tx.txid(), opName(), record);
        context.put(record);
        return record;
    }
}
