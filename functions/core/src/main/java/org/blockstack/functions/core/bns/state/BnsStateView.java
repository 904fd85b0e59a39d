package org.blockstack.functions.core.bns.state;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the stored BNS state: every read the rules make, as one method each, so that a
 * store can answer each with a key lookup or one index query (issue 5 backs it with DynamoDB;
 * {@link InMemoryBnsState} backs it with maps). Reads return what is stored, expired or not:
 * the rules decide what is live at which height.
 *
 * <p>Block processing never writes through this interface. It reads the state as of the end of
 * the previous block and returns the changes (see {@code BnsBlockProcessor}).
 */
public interface BnsStateView {
    Optional<NameRecord> name(String fqn);

    Optional<NamespaceRecord> namespace(String namespaceId);

    Optional<PreorderRecord> preorder(String preorderHash);

    Optional<ImportKeyring> importKeyring(String namespaceId);

    /** Every name record whose owner script ({@code sender}) is {@code ownerScript}. Index: sender. */
    List<NameRecord> namesOwnedBy(String ownerScript);

    /** Name records with this {@code name_hash128} (one, barring a SHA-256 collision). Index: name hash. */
    List<NameRecord> namesByHash128(String nameHash128);

    /** Name records carrying this preorder hash. Index: preorder hash. */
    List<NameRecord> namesByPreorderHash(String preorderHash);

    /** Namespace records carrying this preorder hash (namespaces are few: a scan will do). */
    List<NamespaceRecord> namespacesByPreorderHash(String preorderHash);

    /** The consensus hash of a processed block. */
    Optional<String> consensusHash(int height);

    /**
     * The value stored under {@code key}. History rows are only ever added, under keys no earlier
     * block used, so they read as absent.
     */
    default Optional<? extends StateValue> get(StateKey key) {
        if (key instanceof StateKey.Name k) {
            return name(k.fqn());
        } else if (key instanceof StateKey.Namespace k) {
            return namespace(k.namespaceId());
        } else if (key instanceof StateKey.Preorder k) {
            return preorder(k.preorderHash());
        } else if (key instanceof StateKey.Keyring k) {
            return importKeyring(k.namespaceId());
        }
        return Optional.empty();
    }
}
