package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import org.blockstack.functions.core.bns.Epoch;
import org.blockstack.functions.core.bns.EpochFeature;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.MalformedOperationException;
import org.blockstack.functions.core.bns.wire.PayloadReader;
import org.blockstack.functions.core.bns.wire.ScriptTypes;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * NAME_REGISTRATION ({@code :} with fewer than 4 outputs, bns-protocol §5.3, §6.8): claims a
 * preordered name for the owner in output 1. The same opcode with 4 or more outputs is a
 * {@link NameRenewal}; {@link #parse} returns whichever it is.
 *
 * <p>Body forms: A = the name (all epochs); B = the name NUL-padded to 37 bytes and a 20-byte
 * value hash (epoch 3 on); C = B and a u64be STX amount (epoch 4 on; 0 for registrations).
 *
 * @param valueHash zone file hash from form B/C, or null
 */
public record NameRegistration(TransactionContext tx, String name, String valueHash, String recipient,
        String recipientAddress) implements BnsOperation {

    static final int PADDED_NAME_LENGTH = 37;
    static final int VALUE_HASH_LENGTH = 20;

    /** Body fields common to registrations and renewals; {@code tokens} null when form B leaves it absent. */
    record Body(String name, String valueHash, Long tokens) {
    }

    /** A registration or, with 4 or more outputs, a renewal. */
    public static BnsOperation parse(byte[] bytes, TransactionContext tx, NetworkParams params)
            throws MalformedOperationException {
        tx.requireStandardOutputs(2);
        TransactionContext.AddressedOutput owner = tx.addressedOutput(1, params);
        Body body = parseBody(bytes, params.epochAt(tx.height()));
        if (tx.outputs().size() >= 4) {
            TransactionContext.AddressedOutput fee = tx.addressedOutput(3, params);
            if (body.tokens() == null) {
                throw new MalformedOperationException("a renewal in this epoch must state its STX amount (form A or C)");
            }
            return new NameRenewal(tx, body.name(), body.valueHash(), owner.script(), owner.address(), fee.value(),
                    fee.address(), body.tokens());
        }
        if (body.tokens() != null && body.tokens() != 0) {
            throw new MalformedOperationException("a registration pays no STX in its body, this one says "
                    + body.tokens());
        }
        return new NameRegistration(tx, body.name(), body.valueHash(), owner.script(), owner.address());
    }

    static Body parseBody(byte[] bytes, Epoch epoch) throws MalformedOperationException {
        String fqn;
        String valueHash = null;
        Long tokens = 0L;
        boolean valueHashForms = epoch.has(EpochFeature.OP_REGISTER_UPDATE)
                || epoch.has(EpochFeature.OP_RENEW_TRANSFER_UPDATE);
        int nameAndHash = PADDED_NAME_LENGTH + VALUE_HASH_LENGTH;
        if (valueHashForms && bytes.length >= nameAndHash) {
            PayloadReader reader = new PayloadReader(bytes);
            fqn = PayloadReader.stripTrailingNuls(reader.bytes(PADDED_NAME_LENGTH));
            valueHash = reader.hex(VALUE_HASH_LENGTH);
            if (epoch.has(EpochFeature.NAMEOPS_COST_TOKENS)) {
                if (bytes.length == nameAndHash + 8) {
                    tokens = reader.amount();
                } else if (bytes.length == nameAndHash) {
                    tokens = null;
                } else {
                    throw new MalformedOperationException("registration body has " + bytes.length
                            + " bytes, expected at most 37, or " + nameAndHash + " or " + (nameAndHash + 8));
                }
            } else if (bytes.length != nameAndHash) {
                throw new MalformedOperationException("registration body has " + bytes.length
                        + " bytes, expected at most 37 or exactly " + nameAndHash);
            }
        } else {
            fqn = PayloadReader.text(bytes);
        }
        if (!NameSyntax.isValidName(fqn)) {
            throw new MalformedOperationException("'" + fqn + "' is not a valid name");
        }
        return new Body(fqn, valueHash, tokens);
    }

    /** Body form A (no value hash) or B (with one); {@code tokens} non-null gives form C. */
    public static byte[] body(String fqn, String valueHash, Long tokens) {
        byte[] name = fqn.getBytes(StandardCharsets.US_ASCII);
        if (valueHash == null) {
            return name;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(name);
        out.writeBytes(new byte[PADDED_NAME_LENGTH - name.length]);
        out.writeBytes(HexFormat.of().parseHex(valueHash));
        if (tokens != null) {
            out.writeBytes(ByteBuffer.allocate(8).putLong(tokens).array());
        }
        return out.toByteArray();
    }

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.NAME_REGISTRATION;
    }

    @Override
    public String opName() {
        return "NAME_REGISTRATION";
    }

    @Override
    public String subject() {
        return name;
    }

    String namespaceId() {
        return NameSyntax.namespaceOf(name);
    }

    String preorderHash() {
        return BnsHashes.preorderHash(name, tx.sender().script(), recipientAddress);
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        if (context.isRevoked(name)) {
            return reject(RejectReason.NAME_REVOKED, name + " is revoked");
        }
        Optional<NamespaceRecord> namespace = context.readyNamespace(namespaceId());
        if (namespace.isEmpty()) {
            return reject(RejectReason.NAMESPACE_NOT_READY, "namespace " + namespaceId() + " is not ready");
        }
        int owned = context.quotaCount(recipient);
        if (owned >= NetworkParams.MAX_NAMES_PER_OWNER) {
            return reject(RejectReason.QUOTA_EXCEEDED, "recipient " + recipientAddress + " owns " + owned
                    + " names, the most is " + NetworkParams.MAX_NAMES_PER_OWNER);
        }
        if (ScriptTypes.isP2sh(HexFormat.of().parseHex(recipient)) && !context.epoch().has(EpochFeature.MULTISIG)) {
            return reject(RejectReason.MULTISIG_NOT_ALLOWED, "epoch " + context.epoch().number()
                    + " does not allow p2sh register addresses such as " + recipientAddress);
        }
        if (context.liveName(name).isPresent()) {
            return reject(RejectReason.NAME_TAKEN, name + " is registered and has not expired");
        }
        Optional<PreorderRecord> found = context.openNamePreorder(preorderHash());
        if (found.isEmpty()) {
            return reject(RejectReason.PREORDER_NOT_FOUND, "no open preorder of " + name + " by "
                    + tx.sender().address() + " for " + recipientAddress + " (hash " + preorderHash() + ")");
        }
        PreorderRecord preorder = found.get();
        NamespaceRecord ns = namespace.get();
        long lifetime = ns.lifetime() * context.epochAt(context.lastHeight()).lifetimeMultiplier();
        if (preorder.blockNumber() + lifetime <= context.lastHeight()) {
            return reject(RejectReason.PREORDER_EXPIRED, "the preorder of block " + preorder.blockNumber()
                    + " is older than a name lifetime (" + lifetime + " blocks)");
        }
        if (context.epoch().has(EpochFeature.FIX_PREORDER_EXPIRE)
                && (long) preorder.blockNumber() + context.params().namePreorderExpire() < context.height()) {
            return reject(RejectReason.PREORDER_EXPIRED, "the preorder of block " + preorder.blockNumber()
                    + " expired after " + context.params().namePreorderExpire() + " blocks");
        }
        if (preorder.blockNumber() < ns.readyBlock()) {
            return reject(RejectReason.PREORDERED_BEFORE_READY, name + " was preordered at " + preorder.blockNumber()
                    + ", before namespace " + ns.namespaceId() + " became ready at " + ns.readyBlock());
        }
        Payments.Outcome payment = payment(context, preorder, ns);
        return payment.rejection().isPresent() ? payment.rejection() : none();
    }

    private Payments.Outcome payment(OperationContext context, PreorderRecord preorder, NamespaceRecord namespace) {
        Optional<Long> stacks = preorder.paidInStacks() ? Optional.of(preorder.tokenFee()) : Optional.empty();
        return Payments.check(context, name, namespace, preorder.blockNumber(), preorder.burnAddress(),
                preorder.opFee(), stacks);
    }

    @Override
    public StateValue apply(OperationContext context) {
        PreorderRecord preorder = context.openNamePreorder(preorderHash()).orElseThrow();
        NamespaceRecord namespace = context.readyNamespace(namespaceId()).orElseThrow();
        Payments.Paid paid = payment(context, preorder, namespace).paid();
        int blockNumber = context.state().name(name).map(NameRecord::blockNumber).orElse(preorder.blockNumber());
        NameRecord record = NameRecord.builder()
                .name(name).namespaceId(namespaceId()).valueHash(valueHash)
                .sender(recipient).senderPubkey(tx.sender().publicKey()).address(recipientAddress)
                .blockNumber(blockNumber).preorderBlockNumber(preorder.blockNumber())
                .firstRegistered(context.height()).lastRenewed(context.height()).revoked(false)
                .op(":").txid(tx.txid()).vtxindex(tx.vtxindex())
                .opFee(preorder.opFee()).tokenFee(paid.inStacks() ? paid.amount() : 0)
                .preorderHash(preorder.preorderHash()).namespaceBlockNumber(namespace.blockNumber())
                .lastCreationOp(PreorderRecord.NAME_PREORDER)
                .build();
        context.delete(preorder.key());
        context.addHistory(name, preorder.blockNumber(), preorder.vtxindex(), preorder.txid(), "NAME_PREORDER",
                preorder);
        context.addCreationHistory(record, opName(), recipientAddress);
        context.put(record);
        return record;
    }
}
