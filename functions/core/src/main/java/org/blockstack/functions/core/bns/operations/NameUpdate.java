package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.names.BnsHashes;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.MalformedOperationException;
import org.blockstack.functions.core.bns.wire.PayloadReader;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * NAME_UPDATE ({@code +}, bns-protocol §5.4, §6.10): the owner sets a name's value (zone file)
 * hash. The name is not on the wire: the body carries SHA256(name + a recent consensus hash),
 * which is resolved among the sender's names.
 *
 * <p>Body: name-consensus hash (16) | value hash (20). No output constraints.
 */
public record NameUpdate(TransactionContext tx, String nameConsensusHash, String valueHash) implements BnsOperation {

    static final int BODY_LENGTH = 36;

    /** The name the update resolved to and the consensus hash that resolved it. */
    record Target(String name, String consensusHash) {
    }

    public static NameUpdate parse(byte[] body, TransactionContext tx) throws MalformedOperationException {
        if (body.length != BODY_LENGTH) {
            throw new MalformedOperationException("update body has " + body.length + " bytes, expected " + BODY_LENGTH);
        }
        PayloadReader reader = new PayloadReader(body);
        return new NameUpdate(tx, reader.hex(16), reader.hex(20));
    }

    public static byte[] body(String fqn, String consensusHash, String valueHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(HexFormat.of().parseHex(BnsHashes.nameConsensusHash(fqn, consensusHash)));
        out.writeBytes(HexFormat.of().parseHex(valueHash));
        return out.toByteArray();
    }

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.NAME_UPDATE;
    }

    @Override
    public String opName() {
        return "NAME_UPDATE";
    }

    @Override
    public String subject() {
        return nameConsensusHash;
    }

    /** Tries every name the sender owns with every consensus hash of blocks {@code N−24 … N}. */
    Optional<Target> resolve(OperationContext context, List<NameRecord> owned) {
        for (NameRecord record : owned) {
            for (String consensusHash : context.recentConsensusHashes()) {
                if (BnsHashes.nameConsensusHash(record.name(), consensusHash).equals(nameConsensusHash)) {
                    return Optional.of(new Target(record.name(), consensusHash));
                }
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        String sender = tx.sender().script();
        List<NameRecord> owned = context.namesOwnedBy(sender);
        if (owned.size() > NetworkParams.MAX_NAMES_PER_OWNER) {
            return reject(RejectReason.QUOTA_EXCEEDED, tx.sender().address() + " owns " + owned.size()
                    + " names; above " + NetworkParams.MAX_NAMES_PER_OWNER + " only transfers and revokes are allowed");
        }
        Optional<Target> target = resolve(context, owned);
        if (target.isEmpty()) {
            return reject(RejectReason.NAME_CONSENSUS_HASH_UNRESOLVED, "name-consensus hash " + nameConsensusHash
                    + " matches none of the " + owned.size() + " names of " + tx.sender().address()
                    + " with a recent consensus hash");
        }
        String name = target.get().name();
        String namespaceId = NameSyntax.namespaceOf(name);
        if (context.liveName(name).isEmpty()) {
            return reject(RejectReason.NAME_NOT_FOUND, name + " does not exist");
        }
        Optional<NamespaceRecord> namespace = context.readyNamespace(namespaceId);
        if (namespace.isEmpty()) {
            return reject(RejectReason.NAMESPACE_NOT_READY, "namespace " + namespaceId + " is not ready");
        }
        if (context.isRevoked(name)) {
            return reject(RejectReason.NAME_REVOKED, name + " is revoked");
        }
        if (namespace.get().lifetime() != NamespaceRecord.LIFETIME_INFINITE
                && context.inGracePeriod(name, context.height())) {
            return reject(RejectReason.NAME_IN_GRACE_PERIOD, name + " is in its renewal grace period: it can only be renewed");
        }
        if (!context.owns(sender, name)) {
            return reject(RejectReason.NOT_OWNER, tx.sender().address() + " does not own " + name);
        }
        return none();
    }

    @Override
    public StateValue apply(OperationContext context) {
        Target target = resolve(context, context.namesOwnedBy(tx.sender().script())).orElseThrow();
        NameRecord previous = context.liveName(target.name()).orElseThrow();
        NameRecord record = previous.toBuilder()
                .valueHash(valueHash).consensusHash(target.consensusHash())
                .updateConsensusHash(target.consensusHash())
                .op("+").txid(tx.txid()).vtxindex(tx.vtxindex())
                .build();
        context.addHistory(record.name(), context.height(), tx.vtxindex(), tx.txid(), opName(), record);
        context.put(record);
        return record;
    }
}
