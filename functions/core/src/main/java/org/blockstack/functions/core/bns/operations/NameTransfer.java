package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.blockstack.functions.core.bns.EpochFeature;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.MalformedOperationException;
import org.blockstack.functions.core.bns.wire.PayloadReader;
import org.blockstack.functions.core.bns.wire.ScriptTypes;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * NAME_TRANSFER ({@code >}, bns-protocol §5.5, §6.11): the owner gives a name to the script of
 * output 1, keeping ({@code >}) or clearing ({@code ~}) its value hash.
 *
 * <p>Body: disposition (1) | name_hash128 (16) | consensus hash (16).
 *
 * <p>The consensus record hashes, instead of the transaction's consensus hash, the one of the
 * last NAME_UPDATE since the name's last creation when there was one (§10.4); the stored record
 * keeps that value, as the reference's always-set column does (decisions I4-3).
 */
public record NameTransfer(TransactionContext tx, boolean keepData, String nameHash128, String consensusHash,
        String recipient, String recipientAddress) implements BnsOperation {

    static final int BODY_LENGTH = 33;
    private static final byte KEEP_DATA = '>';
    private static final byte CLEAR_DATA = '~';

    public static NameTransfer parse(byte[] body, TransactionContext tx, NetworkParams params)
            throws MalformedOperationException {
        tx.requireStandardOutputs(2);
        TransactionContext.AddressedOutput recipient = tx.addressedOutput(1, params);
        if (body.length != BODY_LENGTH) {
            throw new MalformedOperationException("transfer body has " + body.length + " bytes, expected "
                    + BODY_LENGTH);
        }
        PayloadReader reader = new PayloadReader(body);
        int disposition = reader.unsigned8();
        if (disposition != KEEP_DATA && disposition != CLEAR_DATA) {
            throw new MalformedOperationException("transfer disposition must be '>' or '~', not 0x"
                    + Integer.toHexString(disposition));
        }
        return new NameTransfer(tx, disposition == KEEP_DATA, reader.hex(16), reader.hex(16), recipient.script(),
                recipient.address());
    }

    public static byte[] body(String fqn, boolean keepData, String consensusHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(keepData ? KEEP_DATA : CLEAR_DATA);
        out.writeBytes(HexFormat.of().parseHex(BnsHashes.nameHash128(fqn)));
        out.writeBytes(HexFormat.of().parseHex(consensusHash));
        return out.toByteArray();
    }

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.NAME_TRANSFER;
    }

    @Override
    public String opName() {
        return "NAME_TRANSFER";
    }

    @Override
    public String subject() {
        return nameHash128;
    }

    /** The live, unrevoked name with this hash at {@code H}. */
    Optional<NameRecord> target(OperationContext context) {
        return context.state().namesByHash128(nameHash128).stream()
                .filter(r -> !r.revoked() && context.isLive(r, context.lastHeight()))
                .findFirst();
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        Optional<NameRecord> target = target(context);
        if (target.isEmpty()) {
            return reject(RejectReason.NAME_NOT_FOUND, "no registered name has hash " + nameHash128);
        }
        String name = target.get().name();
        if (context.readyNamespace(NameSyntax.namespaceOf(name)).isEmpty()) {
            return reject(RejectReason.NAMESPACE_NOT_READY, "namespace " + NameSyntax.namespaceOf(name)
                    + " is not ready");
        }
        if (context.inGracePeriod(name, context.height())) {
            return reject(RejectReason.NAME_IN_GRACE_PERIOD, name + " is in its renewal grace period: it can only be renewed");
        }
        if (!context.isValidConsensusHash(consensusHash)) {
            return reject(RejectReason.CONSENSUS_HASH_INVALID,
                    "consensus hash " + consensusHash + " is not one of the last 24 blocks'");
        }
        String sender = tx.sender().script();
        if (sender.equals(recipient)) {
            return reject(RejectReason.SENDER_IS_RECIPIENT, tx.sender().address() + " transfers " + name + " to itself");
        }
        if (!context.owns(sender, name)) {
            return reject(RejectReason.NOT_OWNER, tx.sender().address() + " does not own " + name);
        }
        // the reference also refuses a recipient that owns the name, which the two checks above exclude
        List<NameRecord> recipientNames = context.namesOwnedBy(recipient);
        if (recipientNames.size() >= NetworkParams.MAX_NAMES_PER_OWNER) {
            return reject(RejectReason.QUOTA_EXCEEDED, "recipient " + recipientAddress + " owns "
                    + recipientNames.size() + " names, the most is " + NetworkParams.MAX_NAMES_PER_OWNER);
        }
        if (ScriptTypes.isP2sh(HexFormat.of().parseHex(sender)) && !context.epoch().has(EpochFeature.MULTISIG)) {
            return reject(RejectReason.MULTISIG_NOT_ALLOWED, "epoch " + context.epoch().number()
                    + " does not allow p2sh senders of transfers");
        }
        return none();
    }

    @Override
    public StateValue apply(OperationContext context) {
        NameRecord previous = target(context).orElseThrow();
        String hashed = previous.updateConsensusHash() != null ? previous.updateConsensusHash() : consensusHash;
        NameRecord record = previous.toBuilder()
                .sender(recipient).address(recipientAddress).senderPubkey(null)
                .valueHash(keepData ? previous.valueHash() : null)
                .op(keepData ? ">>" : ">~").txid(tx.txid()).vtxindex(tx.vtxindex())
                .consensusHash(hashed)
                .build();
        context.addHistory(record.name(), context.height(), tx.vtxindex(), tx.txid(), opName(), record);
        context.put(record);
        return record;
    }
}
