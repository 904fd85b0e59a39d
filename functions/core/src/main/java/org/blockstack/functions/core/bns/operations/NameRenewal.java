package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.util.Optional;

import org.blockstack.functions.core.bns.EpochFeature;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * NAME_RENEWAL ({@code :} with 4 or more outputs, bns-protocol §5.3, §6.9): the owner extends a
 * name's lifetime, paying output 3; from epoch 3 it may also hand the name to a new owner
 * (output 1) and set a value hash. Parsed by {@link NameRegistration#parse}.
 *
 * @param tokens micro-STX the body says to burn (0 = none)
 */
public record NameRenewal(TransactionContext tx, String name, String valueHash, String recipient,
        String recipientAddress, long fee, String feeAddress, long tokens) implements BnsOperation {

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.NAME_REGISTRATION;
    }

    @Override
    public String opName() {
        return "NAME_RENEWAL";
    }

    @Override
    public String subject() {
        return name;
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        boolean mayChangeOwner = context.epoch().has(EpochFeature.OP_RENEW_TRANSFER_UPDATE);
        String sender = tx.sender().script();
        if (!mayChangeOwner && (!sender.equals(recipient) || !tx.sender().address().equals(recipientAddress))) {
            return reject(RejectReason.RENEWAL_RECIPIENT_MISMATCH, "before epoch 3 a renewal keeps its owner, but "
                    + tx.sender().address() + " renews " + name + " for " + recipientAddress);
        }
        if (context.isRevoked(name)) {
            return reject(RejectReason.NAME_REVOKED, name + " is revoked");
        }
        String namespaceId = NameSyntax.namespaceOf(name);
        Optional<NamespaceRecord> namespace = context.readyNamespace(namespaceId);
        if (namespace.isEmpty()) {
            return reject(RejectReason.NAMESPACE_NOT_READY, "namespace " + namespaceId + " is not ready");
        }
        int owned = context.quotaCount(recipient);
        if (owned >= NetworkParams.MAX_NAMES_PER_OWNER) {
            return reject(RejectReason.QUOTA_EXCEEDED, "recipient " + recipientAddress + " owns " + owned
                    + " names, the most is " + NetworkParams.MAX_NAMES_PER_OWNER);
        }
        if (!context.isRegistered(name)) {
            return reject(RejectReason.NAME_NOT_FOUND, name + " is not registered (or has expired)");
        }
        if (!mayChangeOwner && !context.owns(recipient, name)) {
            return reject(RejectReason.NOT_OWNER, recipientAddress + " does not own " + name);
        }
        if (!context.owns(sender, name)) {
            return reject(RejectReason.NOT_OWNER, tx.sender().address() + " does not own " + name);
        }
        Payments.Outcome payment = payment(context, namespace.get());
        return payment.rejection().isPresent() ? payment.rejection() : none();
    }

    private Payments.Outcome payment(OperationContext context, NamespaceRecord namespace) {
        Optional<Long> stacks = tokens != 0 ? Optional.of(tokens) : Optional.empty();
        return Payments.check(context, name, namespace, context.height(), feeAddress, fee, stacks);
    }

    @Override
    public StateValue apply(OperationContext context) {
        NameRecord previous = context.liveName(name).orElseThrow();
        NamespaceRecord namespace = context.readyNamespace(NameSyntax.namespaceOf(name)).orElseThrow();
        Payments.Paid paid = payment(context, namespace).paid();
        boolean newValueHash = valueHash != null && context.epoch().has(EpochFeature.OP_RENEW_TRANSFER_UPDATE);
        NameRecord record = previous.toBuilder()
                .lastRenewed(context.height())
                .sender(recipient).address(recipientAddress)
                .valueHash(newValueHash ? valueHash : previous.valueHash())
                .op("::").txid(tx.txid()).vtxindex(tx.vtxindex())
                .opFee(fee).tokenFee(paid.inStacks() ? paid.amount() : 0)
                .build();
        context.addHistory(name, context.height(), tx.vtxindex(), tx.txid(), opName(), record);
        context.put(record);
        return record;
    }
}
