package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.MalformedOperationException;
import org.blockstack.functions.core.bns.wire.PayloadReader;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * NAME_REVOKE ({@code ~}, bns-protocol §5.6, §6.12): the owner disables a name for good; it can
 * never change again (until it expires, which never happens in infinite-lifetime namespaces).
 *
 * <p>Body: the name. No output constraints.
 */
public record NameRevoke(TransactionContext tx, String name) implements BnsOperation {

    public static NameRevoke parse(byte[] body, TransactionContext tx) throws MalformedOperationException {
        String fqn = PayloadReader.text(body);
        if (!NameSyntax.isValidName(fqn)) {
            throw new MalformedOperationException("'" + fqn + "' is not a valid name");
        }
        return new NameRevoke(tx, fqn);
    }

    public static byte[] body(String fqn) {
        return fqn.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.NAME_REVOKE;
    }

    @Override
    public String opName() {
        return "NAME_REVOKE";
    }

    @Override
    public String subject() {
        return name;
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        if (context.liveName(name).isEmpty()) {
            return reject(RejectReason.NAME_NOT_FOUND, name + " does not exist");
        }
        if (context.readyNamespace(NameSyntax.namespaceOf(name)).isEmpty()) {
            return reject(RejectReason.NAMESPACE_NOT_READY, "namespace " + NameSyntax.namespaceOf(name) + " is not ready");
        }
        if (context.isRevoked(name)) {
            return reject(RejectReason.NAME_REVOKED, name + " is already revoked");
        }
        if (context.liveName(name, context.height()).isEmpty()) {
            return reject(RejectReason.NAME_EXPIRED, name + " expires at block " + context.height());
        }
        if (context.inGracePeriod(name, context.height())) {
            return reject(RejectReason.NAME_IN_GRACE_PERIOD, name + " is in its renewal grace period: it can only be renewed");
        }
        if (!context.owns(tx.sender().script(), name)) {
            return reject(RejectReason.NOT_OWNER, tx.sender().address() + " does not own " + name);
        }
        return none();
    }

    @Override
    public StateValue apply(OperationContext context) {
        NameRecord previous = context.liveName(name).orElseThrow();
        NameRecord record = previous.toBuilder()
                .revoked(true).valueHash(null)
                .op("~").txid(tx.txid()).vtxindex(tx.vtxindex())
                .build();
        context.addHistory(name, context.height(), tx.vtxindex(), tx.txid(), opName(), record);
        context.put(record);
        return record;
    }
}
