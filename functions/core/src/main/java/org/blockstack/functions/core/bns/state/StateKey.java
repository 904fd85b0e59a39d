package org.blockstack.functions.core.bns.state;

/**
 * The identity of one stored BNS item. Each maps to one DynamoDB item key (issue 5): a name by
 * its fully-qualified name, a namespace by id, a preorder by hash, an import keyring by
 * namespace id, a history entry by subject and position in the chain.
 */
public sealed interface StateKey {
    record Name(String fqn) implements StateKey {
    }

    record Namespace(String namespaceId) implements StateKey {
    }

    record Preorder(String preorderHash) implements StateKey {
    }

    record Keyring(String namespaceId) implements StateKey {
    }

    /** One history row: {@code subject} is a name or namespace id. */
    record History(String subject, int blockNumber, int vtxindex) implements StateKey {
    }
}
