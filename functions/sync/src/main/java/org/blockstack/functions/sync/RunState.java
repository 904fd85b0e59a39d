package org.blockstack.functions.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.blockstack.functions.core.bns.state.BlockOverlay;
import org.blockstack.functions.core.bns.state.BnsStateView;
import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.ImportKeyring;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.bns.state.StateChange;
import org.blockstack.functions.infra.aws.dynamodb.bns.DynamoBnsState;

/**
 * The BNS state as one sync run sees it: every DynamoDB read is made once per run, and the
 * run's own changes are laid over what was read (a {@link BlockOverlay} that never ends). Sync
 * holds the lease and is the only writer, so nothing else can change an item behind the run's
 * back. Two effects: a block's rules read DynamoDB only for items no earlier block of the run
 * touched, and index queries (eventually consistent on DynamoDB) see the run's own recent writes
 * even before the index does (decisions I5-6).
 *
 * <p>Blocks above the last applied one have no consensus hash yet; the view answers that
 * without asking. A run that takes a block back starts a new view.
 */
final class RunState {
    private final StoredState stored;
    private final BlockOverlay written;

    /** @param appliedThrough the last block whose changes are in {@code store}; no record exists above it */
    RunState(DynamoBnsState store, int appliedThrough) {
        this.stored = new StoredState(store, appliedThrough);
        this.written = new BlockOverlay(stored);
    }

    /** Block {@code height} was applied with these changes and this consensus hash. */
    void applied(int height, String consensusHash, List<StateChange> changes) {
        for (StateChange change : changes) {
            // history rows are only ever added, and never read by the rules
            if (change.after().filter(HistoryEntry.class::isInstance).isPresent()
                    || change.before().filter(HistoryEntry.class::isInstance).isPresent()) {
                continue;
            }
            change.after().ifPresentOrElse(written::put, () -> written.delete(change.key()));
        }
        stored.applied(height, consensusHash);
    }

    /** The state the rules read: what the run wrote, over what it read. */
    BnsStateView view() {
        return written;
    }

    /** DynamoDB as it stood when the run read each item: every answer remembered. */
    private static final class StoredState implements BnsStateView {
        private final DynamoBnsState store;
        private final Map<Object, Object> answers = new HashMap<>();
        private final Map<Integer, String> consensusHashes = new HashMap<>();
        private int appliedThrough;

        StoredState(DynamoBnsState store, int appliedThrough) {
            this.store = store;
            this.appliedThrough = appliedThrough;
        }

        void applied(int height, String consensusHash) {
            consensusHashes.put(height, consensusHash);
            appliedThrough = Math.max(appliedThrough, height);
        }

        /** One read per distinct question: the key names the method and its argument. */
        @SuppressWarnings("unchecked")
        private <T> T once(String question, String argument, Function<String, T> read) {
            return (T) answers.computeIfAbsent(List.of(question, argument), key -> read.apply(argument));
        }

        @Override
        public Optional<NameRecord> name(String fqn) {
            return once("name", fqn, store::name);
        }

        @Override
        public Optional<NamespaceRecord> namespace(String namespaceId) {
            return once("namespace", namespaceId, store::namespace);
        }

        @Override
        public Optional<PreorderRecord> preorder(String preorderHash) {
            return once("preorder", preorderHash, store::preorder);
        }

        @Override
        public Optional<ImportKeyring> importKeyring(String namespaceId) {
            return once("keyring", namespaceId, store::importKeyring);
        }

        @Override
        public List<NameRecord> namesOwnedBy(String ownerScript) {
            return once("namesOwnedBy", ownerScript, store::namesOwnedBy);
        }

        @Override
        public List<NameRecord> namesByHash128(String nameHash128) {
            return once("namesByHash128", nameHash128, store::namesByHash128);
        }

        @Override
        public List<NameRecord> namesByPreorderHash(String preorderHash) {
            return once("namesByPreorderHash", preorderHash, store::namesByPreorderHash);
        }

        @Override
        public List<NamespaceRecord> namespacesByPreorderHash(String preorderHash) {
            return once("namespacesByPreorderHash", preorderHash, store::namespacesByPreorderHash);
        }

        @Override
        public Optional<String> consensusHash(int height) {
            String known = consensusHashes.get(height);
            if (known != null) {
                return Optional.of(known);
            }
            if (height > appliedThrough) {
                return Optional.empty();
            }
            Optional<String> stored = store.consensusHash(height);
            stored.ifPresent(hash -> consensusHashes.put(height, hash));
            return stored;
        }
    }
}
