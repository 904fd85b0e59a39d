package org.blockstack.functions.core.bns.state;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The state as the operations of one block so far have left it: a read-only base view plus the
 * block's pending writes. Later operations of the block read through it and see earlier ones'
 * effects; the base is never written. {@link #changes()} gives the block's net changes with the
 * base's values as before-images.
 */
public final class BlockOverlay implements BnsStateView {
    private final BnsStateView base;
    private final Map<StateKey, Optional<StateValue>> pending = new LinkedHashMap<>();
    private final Map<StateKey, Optional<StateValue>> original = new LinkedHashMap<>();

    public BlockOverlay(BnsStateView base) {
        this.base = base;
    }

    public void put(StateValue value) {
        record(value.key(), Optional.of(value));
    }

    public void delete(StateKey key) {
        record(key, Optional.empty());
    }

    private void record(StateKey key, Optional<StateValue> value) {
        if (!original.containsKey(key)) {
            original.put(key, base.get(key).map(StateValue.class::cast));
        }
        pending.put(key, value);
    }

    /** Net changes in the order items were first written; items written back to their original value are left out. */
    public List<StateChange> changes() {
        List<StateChange> changes = new ArrayList<>();
        for (Map.Entry<StateKey, Optional<StateValue>> entry : pending.entrySet()) {
            Optional<StateValue> before = original.get(entry.getKey());
            if (!before.equals(entry.getValue())) {
                changes.add(new StateChange(entry.getKey(), before, entry.getValue()));
            }
        }
        return changes;
    }

    @SuppressWarnings("unchecked")
    private <T extends StateValue> Optional<T> read(StateKey key, Function<BnsStateView, Optional<T>> fromBase) {
        Optional<StateValue> written = pending.get(key);
        if (written != null) {
            return (Optional<T>) written;
        }
        return fromBase.apply(base);
    }

    /** Base results with pending values substituted, plus pending values of the right type that match. */
    private <T extends StateValue> List<T> query(List<T> fromBase, Class<T> type, Predicate<T> matches) {
        List<T> result = new ArrayList<>();
        for (T value : fromBase) {
            Optional<StateValue> written = pending.get(value.key());
            if (written == null) {
                result.add(value);
            }
        }
        for (Optional<StateValue> written : pending.values()) {
            written.filter(type::isInstance).map(type::cast).filter(matches).ifPresent(result::add);
        }
        return result;
    }

    @Override
    public Optional<NameRecord> name(String fqn) {
        return read(new StateKey.Name(fqn), view -> view.name(fqn));
    }

    @Override
    public Optional<NamespaceRecord> namespace(String namespaceId) {
        return read(new StateKey.Namespace(namespaceId), view -> view.namespace(namespaceId));
    }

    @Override
    public Optional<PreorderRecord> preorder(String preorderHash) {
        return read(new StateKey.Preorder(preorderHash), view -> view.preorder(preorderHash));
    }

    @Override
    public Optional<ImportKeyring> importKeyring(String namespaceId) {
        return read(new StateKey.Keyring(namespaceId), view -> view.importKeyring(namespaceId));
    }

    @Override
    public List<NameRecord> namesOwnedBy(String ownerScript) {
        return query(base.namesOwnedBy(ownerScript), NameRecord.class, r -> Objects.equals(r.sender(), ownerScript));
    }

    @Override
    public List<NameRecord> namesByHash128(String nameHash128) {
        return query(base.namesByHash128(nameHash128), NameRecord.class, r -> r.nameHash128().equals(nameHash128));
    }

    @Override
    public List<NameRecord> namesByPreorderHash(String preorderHash) {
        return query(base.namesByPreorderHash(preorderHash), NameRecord.class,
                r -> Objects.equals(r.preorderHash(), preorderHash));
    }

    @Override
    public List<NamespaceRecord> namespacesByPreorderHash(String preorderHash) {
        return query(base.namespacesByPreorderHash(preorderHash), NamespaceRecord.class,
                r -> Objects.equals(r.preorderHash(), preorderHash));
    }

    @Override
    public Optional<String> consensusHash(int height) {
        return base.consensusHash(height);
    }
}
