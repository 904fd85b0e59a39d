package org.blockstack.functions.core.bns.operations;

import static org.blockstack.functions.core.bns.operations.Rejection.none;
import static org.blockstack.functions.core.bns.operations.Rejection.reject;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.blockstack.functions.core.bns.names.NameSyntax;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.MalformedOperationException;
import org.blockstack.functions.core.bns.wire.PayloadReader;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * NAMESPACE_READY ({@code !}, bns-protocol §5.10, §6.6): the reveal key opens a revealed
 * namespace to registrations; imports end. Body: {@code .} and the namespace id.
 */
public record NamespaceReady(TransactionContext tx, String namespaceId) implements BnsOperation {

    public static NamespaceReady parse(byte[] body, TransactionContext tx) throws MalformedOperationException {
        if (body.length == 0 || body[0] != '.') {
            throw new MalformedOperationException("a namespace ready body starts with '.'");
        }
        String id = new PayloadReader(body).restAsText().substring(1);
        if (!NameSyntax.isValidNamespaceId(id)) {
            throw new MalformedOperationException("'" + id + "' is not a valid namespace id");
        }
        return new NamespaceReady(tx, id);
    }

    public static byte[] body(String namespaceId) {
        return ("." + namespaceId).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public BnsOpcode opcode() {
        return BnsOpcode.NAMESPACE_READY;
    }

    @Override
    public String opName() {
        return "NAMESPACE_READY";
    }

    @Override
    public String subject() {
        return namespaceId;
    }

    @Override
    public Optional<Rejection> check(OperationContext context) {
        Optional<NamespaceRecord> revealed = context.revealedNamespace(namespaceId, context.lastHeight());
        if (revealed.isEmpty()) {
            return reject(RejectReason.NAMESPACE_NOT_REVEALED, "namespace " + namespaceId
                    + " is not revealed (it is unknown, ready, or its reveal lapsed)");
        }
        if (!revealed.get().recipient().equals(tx.sender().script())) {
            return reject(RejectReason.NOT_REVEALER, "only the reveal address " + revealed.get().recipientAddress()
                    + " may ready " + namespaceId + ", not " + tx.sender().address());
        }
        return none();
    }

    @Override
    public StateValue apply(OperationContext context) {
        NamespaceRecord revealed = context.revealedNamespace(namespaceId, context.lastHeight()).orElseThrow();
        NamespaceRecord ready = revealed.readied(tx.sender().script(), context.height(), tx.txid(), tx.vtxindex());
        context.addHistory(namespaceId, context.height(), tx.vtxindex(), tx.txid(), opName(), ready);
        context.put(ready);
        return ready;
    }
}
