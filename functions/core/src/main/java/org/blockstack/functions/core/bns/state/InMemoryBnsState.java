package org.blockstack.functions.core.bns.state;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The whole BNS state in memory, for tests, the demo chain and tools. Applies and undoes a
 * block's changes with the same before-image conditions a persistent store would check, so a
 * change list that does not fit the state is refused instead of corrupting it.
 */
public final class InMemoryBnsState implements BnsStateView {
    private final Map<StateKey, StateValue> items = new TreeMap<>(Comparator.comparing(InMemoryBnsState::sortKey));
    private final TreeMap<Integer, String> consensusHashes = new TreeMap<>();

    /** Everything stored, comparable with {@code equals}. */
    public record Snapshot(Map<StateKey, StateValue> items, Map<Integer, String> consensusHashes) {
        public Snapshot {
            items = Map.copyOf(items);
            consensusHashes = Map.copyOf(consensusHashes);
        }
    }

    public synchronized Snapshot snapshot() {
        return new Snapshot(items, consensusHashes);
    }

    /** The highest processed block, if any. */
    public synchronized Optional<Integer> lastBlock() {
        return consensusHashes.isEmpty() ? Optional.empty() : Optional.of(consensusHashes.lastKey());
    }

    /**
     * Records block {@code height}: writes every change's after-image and the block's consensus
     * hash.
     *
     * @throws IllegalStateException when the block was already applied, does not follow the last
     *                               applied block, or an item does not hold a change's before-image;
     *                               nothing is written then
     */
    public synchronized void apply(int height, String consensusHash, List<StateChange> changes) {
        if (consensusHashes.containsKey(height)) {
            throw new IllegalStateException("block " + height + " is already applied");
        }
        lastBlock().filter(last -> last != height - 1).ifPresent(last -> {
            throw new IllegalStateException("block " + height + " does not follow the last applied block " + last);
        });
        for (StateChange change : changes) {
            requireHolds(change.key(), change.before(), "before");
        }
        for (StateChange change : changes) {
            write(change.key(), change.after());
        }
        consensusHashes.put(height, consensusHash);
    }

    /**
     * Takes back block {@code height}, which must be the last applied one, writing the changes'
     * before-images back in reverse order.
     *
     * @throws IllegalStateException when it is not the last block or an item does not hold its after-image
     */
    public synchronized void undo(int height, List<StateChange> changes) {
        if (lastBlock().filter(last -> last == height).isEmpty()) {
            throw new IllegalStateException("block " + height + " is not the last applied block (" + lastBlock()
                    .map(String::valueOf).orElse("none") + ")");
        }
        for (StateChange change : changes) {
            requireHolds(change.key(), change.after(), "after");
        }
        for (int i = changes.size() - 1; i >= 0; i--) {
            write(changes.get(i).key(), changes.get(i).before());
        }
        consensusHashes.remove(height);
    }

    private void requireHolds(StateKey key, Optional<StateValue> expected, String image) {
        Optional<StateValue> actual = Optional.ofNullable(items.get(key));
        if (!actual.equals(expected)) {
            throw new IllegalStateException(key + " holds " + actual.map(Object::toString).orElse("nothing")
                    + " but the change's " + image + "-image is " + expected.map(Object::toString).orElse("nothing"));
        }
    }

    private void write(StateKey key, Optional<StateValue> value) {
        if (value.isPresent()) {
            items.put(key, value.get());
        } else {
            items.remove(key);
        }
    }

    /** The history of a name or namespace, oldest first. */
    public synchronized List<HistoryEntry> history(String subject) {
        return values(HistoryEntry.class, entry -> entry.subject().equals(subject));
    }

    public synchronized List<NameRecord> names() {
        return values(NameRecord.class, record -> true);
    }

    public synchronized List<NamespaceRecord> namespaces() {
        return values(NamespaceRecord.class, record -> true);
    }

    public synchronized List<PreorderRecord> preorders() {
        return values(PreorderRecord.class, record -> true);
    }

    private <T extends StateValue> List<T> values(Class<T> type, Predicate<T> filter) {
        List<T> result = new ArrayList<>();
        for (StateValue value : items.values()) {
            if (type.isInstance(value) && filter.test(type.cast(value))) {
                result.add(type.cast(value));
            }
        }
        return result;
    }

    private <T extends StateValue> Optional<T> item(StateKey key, Class<T> type) {
        return Optional.ofNullable(items.get(key)).map(type::cast);
    }

    @Override
    public synchronized Optional<NameRecord> name(String fqn) {
        return item(new StateKey.Name(fqn), NameRecord.class);
    }

    @Override
    public synchronized Optional<NamespaceRecord> namespace(String namespaceId) {
        return item(new StateKey.Namespace(namespaceId), NamespaceRecord.class);
    }

    @Override
    public synchronized Optional<PreorderRecord> preorder(String preorderHash) {
        return item(new StateKey.Preorder(preorderHash), PreorderRecord.class);
    }

    @Override
    public synchronized Optional<ImportKeyring> importKeyring(String namespaceId) {
        return item(new StateKey.Keyring(namespaceId), ImportKeyring.class);
    }

    @Override
    public synchronized List<NameRecord> namesOwnedBy(String ownerScript) {
        return values(NameRecord.class, r -> Objects.equals(r.sender(), ownerScript));
    }

    @Override
    public synchronized List<NameRecord> namesByHash128(String nameHash128) {
        return values(NameRecord.class, r -> r.nameHash128().equals(nameHash128));
    }

    @Override
    public synchronized List<NameRecord> namesByPreorderHash(String preorderHash) {
        return values(NameRecord.class, r -> Objects.equals(r.preorderHash(), preorderHash));
    }

    @Override
    public synchronized List<NamespaceRecord> namespacesByPreorderHash(String preorderHash) {
        return values(NamespaceRecord.class, r -> Objects.equals(r.preorderHash(), preorderHash));
    }

    @Override
    public synchronized Optional<String> consensusHash(int height) {
        return Optional.ofNullable(consensusHashes.get(height));
    }

    /** A total order over keys of every kind, so iteration (and snapshots) are deterministic. */
    private static String sortKey(StateKey key) {
        if (key instanceof StateKey.Name k) {
            return "1|" + k.fqn();
        } else if (key instanceof StateKey.Namespace k) {
            return "2|" + k.namespaceId();
        } else if (key instanceof StateKey.Preorder k) {
            return "3|" + k.preorderHash();
        } else if (key instanceof StateKey.Keyring k) {
            return "4|" + k.namespaceId();
        }
        StateKey.History k = (StateKey.History) key;
        return String.format("5|%s|%010d|%010d", k.subject(), k.blockNumber(), k.vtxindex());
    }
}
