package org.blockstack.functions.core.bns.operations;

import java.util.Optional;

import org.blockstack.functions.core.bns.state.StateValue;
import org.blockstack.functions.core.bns.wire.BnsOpcode;
import org.blockstack.functions.core.bns.wire.TransactionContext;

/**
 * One parsed BNS operation: well-formed on the wire, not yet checked against the state. Each
 * operation lives in its own class with its own {@code parse}, {@link #check} and {@link #apply},
 * as the reference's {@code operations/*.py} did.
 *
 * <p>{@link #check} reads the state as the block's earlier operations left it and never writes;
 * {@link #apply} runs only after {@link #check} passed, writes through the context and returns
 * the record as the operation left it (what history stores and the consensus hash commits to).
 */
public sealed interface BnsOperation permits NamePreorder, NameRegistration, NameRenewal, NameUpdate, NameTransfer,
        NameRevoke, NameImport, NamespacePreorder, NamespaceReveal, NamespaceReady, Announce {

    TransactionContext tx();

    BnsOpcode opcode();

    /** The reference's operation name, e.g. {@code NAME_RENEWAL}. */
    String opName();

    /** What the operation names on the wire: a name, namespace id, preorder hash or name hash. */
    String subject();

    Optional<Rejection> check(OperationContext context);

    /** @return the record as the operation left it, or null for ANNOUNCE, which changes nothing */
    StateValue apply(OperationContext context);

    default int vtxindex() {
        return tx().vtxindex();
    }
}
