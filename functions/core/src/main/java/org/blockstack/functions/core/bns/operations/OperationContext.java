package org.blockstack.functions.core.bns.operations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.blockstack.functions.core.bns.Epoch;
import org.blockstack.functions.core.bns.NameLifetime;
import org.blockstack.functions.core.bns.NetworkParams;
import org.blockstack.functions.core.bns.state.BlockOverlay;
import org.blockstack.functions.core.bns.state.HistoryEntry;
import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;
import org.blockstack.functions.core.bns.state.PreorderRecord;
import org.blockstack.functions.core.bns.state.StateKey;
import org.blockstack.functions.core.bns.state.StateValue;

/**
 * Block {@code N} being processed: the state as its earlier operations left it, and the derived
 * predicates of bns-protocol §6.2. Most queries are evaluated at {@code H = N − 1}, the last
 * processed block, as the reference evaluates them; the methods say which.
 */
public final class OperationContext {
    private final NetworkParams params;
    private final int height;
    private final BlockOverlay state;
    private final boolean preScan;
    private final List<String> registrationOwners = new ArrayList<>();
    private List<String> recentConsensusHashes;

    /**
     * @param preScan true for the collision pre-scan, which checks against the start-of-block
     *                state and must not write
     */
    public OperationContext(NetworkParams params, int height, BlockOverlay state, boolean preScan) {
        this.params = params;
        this.height = height;
        this.state = state;
        this.preScan = preScan;
    }

    public NetworkParams params() {
        return params;
    }

    /** {@code N}, the block being processed. */
    public int height() {
        return height;
    }

    /** {@code H = N − 1}, the last processed block. */
    public int lastHeight() {
        return height - 1;
    }

    public Epoch epoch() {
        return params.epochAt(height);
    }

    public Epoch epochAt(int h) {
        return params.epochAt(h);
    }

    public BlockOverlay state() {
        return state;
    }

    public boolean isPreScan() {
        return preScan;
    }

    // ---- namespaces

    /** {@code readyNs}: the namespace, if ready (ready namespaces never lapse). */
    public Optional<NamespaceRecord> readyNamespace(String namespaceId) {
        return state.namespace(namespaceId).filter(NamespaceRecord::isReady);
    }

    /** {@code revealedNs(id, h)}: revealed, not ready, and its reveal not lapsed at {@code h}. */
    public Optional<NamespaceRecord> revealedNamespace(String namespaceId, int h) {
        return state.namespace(namespaceId).filter(ns -> NameLifetime.isRevealedAt(ns, params, h));
    }

    // ---- names

    /**
     * {@code live(rec, h)}: registered by {@code h}, and either its namespace is ready and the
     * name not past expiry plus grace, or its namespace is revealed and not lapsed. Lifetime
     * multiplier and grace period are those of the epoch of {@code h}.
     */
    public boolean isLive(NameRecord record, int h) {
        // the height test first spares the namespace read for names registered later
        return record.firstRegistered() <= h
                && NameLifetime.isLive(record, state.namespace(record.namespaceId()), params, h);
    }

    /** The name's record if it is live at {@code h} (revoked or not). */
    public Optional<NameRecord> liveName(String fqn, int h) {
        return state.name(fqn).filter(record -> isLive(record, h));
    }

    /** The name's record if it is live at {@code H}. */
    public Optional<NameRecord> liveName(String fqn) {
        return liveName(fqn, lastHeight());
    }

    /** {@code registered(fqn, H)}: live and not revoked. */
    public boolean isRegistered(String fqn) {
        return liveName(fqn).filter(record -> !record.revoked()).isPresent();
    }

    /** {@code revokedName(fqn, H)}. */
    public boolean isRevoked(String fqn) {
        return liveName(fqn).filter(NameRecord::revoked).isPresent();
    }

    /** {@code owns(script, fqn, H)}. */
    public boolean owns(String ownerScript, String fqn) {
        return liveName(fqn).filter(record -> !record.revoked() && record.sender().equals(ownerScript)).isPresent();
    }

    /** {@code ownedBy(script, H)}: the live, unrevoked names the script owns. */
    public List<NameRecord> namesOwnedBy(String ownerScript) {
        List<NameRecord> owned = new ArrayList<>();
        for (NameRecord record : state.namesOwnedBy(ownerScript)) {
            if (!record.revoked() && isLive(record, lastHeight())) {
                owned.add(record);
            }
        }
        return owned;
    }

    /**
     * {@code quota(script, N)}: names the script owns at {@code H} plus registrations to it
     * accepted earlier in this block (renewals do not count).
     */
    public int quotaCount(String ownerScript) {
        int inBlock = (int) registrationOwners.stream().filter(ownerScript::equals).count();
        return namesOwnedBy(ownerScript).size() + inBlock;
    }

    /** Counts a registration towards {@link #quotaCount}; the block processor calls it. */
    public void noteRegistration(String ownerScript) {
        registrationOwners.add(ownerScript);
    }

    /**
     * {@code inGrace(fqn, h)}: live at {@code h} in a ready namespace and past its expiry block
     * but not its renewal deadline.
     */
    public boolean inGracePeriod(String fqn, int h) {
        Optional<NameRecord> record = liveName(fqn, h);
        if (record.isEmpty()) {
            return false;
        }
        return NameLifetime.deadlines(record.get(), readyNamespace(record.get().namespaceId()), params, h)
                .inGracePeriodAt(h);
    }

    // ---- preorders

    /**
     * An open NAME_PREORDER with this hash: stored, and no live name carries the hash (the
     * reference's {@code namedb_get_name_preorder}; preorders older than the expiry setting are
     * still found, bns-protocol §7.1).
     */
    public Optional<PreorderRecord> openNamePreorder(String preorderHash) {
        Optional<PreorderRecord> row = state.preorder(preorderHash).filter(p -> p.isNamePreorder()
                && p.blockNumber() < (long) lastHeight() + params.namePreorderExpire());
        if (row.isEmpty()) {
            return row;
        }
        boolean consumed = state.namesByPreorderHash(preorderHash).stream().anyMatch(r -> isLive(r, lastHeight()));
        return consumed ? Optional.empty() : row;
    }

    /** An open NAMESPACE_PREORDER with this hash: stored, and no revealed or ready namespace carries it. */
    public Optional<PreorderRecord> openNamespacePreorder(String preorderHash) {
        Optional<PreorderRecord> row = state.preorder(preorderHash).filter(p -> !p.isNamePreorder()
                && p.blockNumber() < (long) lastHeight() + params.namespacePreorderExpire());
        if (row.isEmpty()) {
            return row;
        }
        boolean consumed = state.namespacesByPreorderHash(preorderHash).stream().anyMatch(ns -> ns.isReady()
                || ns.revealBlock() < (long) lastHeight() + params.namespaceRevealExpire());
        return consumed ? Optional.empty() : row;
    }

    // ---- consensus hashes

    /** The consensus hash of block {@code h}, counting the genesis entries before the first block. */
    public Optional<String> consensusHashAt(int h) {
        int first = params.firstBlock();
        if (h < first && h >= first - 4) {
            return Optional.of(params.genesisConsensusHash());
        }
        return state.consensusHash(h);
    }

    /** The distinct consensus hashes of blocks {@code N−24 … N−1}, oldest first. */
    public List<String> recentConsensusHashes() {
        if (recentConsensusHashes == null) {
            Set<String> hashes = new LinkedHashSet<>();
            for (int h = height - NetworkParams.CONSENSUS_WINDOW; h < height; h++) {
                consensusHashAt(h).ifPresent(hashes::add);
            }
            recentConsensusHashes = List.copyOf(hashes);
        }
        return recentConsensusHashes;
    }

    /** {@code validCH(ch, N)}. */
    public boolean isValidConsensusHash(String consensusHash) {
        return recentConsensusHashes().contains(consensusHash);
    }

    // ---- writes

    public void put(StateValue value) {
        requireWritable();
        state.put(value);
    }

    public void delete(StateKey key) {
        requireWritable();
        state.delete(key);
    }

    /** Adds a history row for {@code subject} at {@code (blockNumber, vtxindex)}. */
    public void addHistory(String subject, int blockNumber, int vtxindex, String txid, String opcode,
            StateValue record) {
        put(new HistoryEntry(subject, blockNumber, vtxindex, txid, opcode, Objects.requireNonNull(record)));
    }

    /** Adds the history row of an operation that created name {@code record} for {@code creatorAddress}. */
    public void addCreationHistory(NameRecord record, String opcode, String creatorAddress) {
        put(new HistoryEntry(record.name(), height, record.vtxindex(), record.txid(), opcode, record,
                Objects.requireNonNull(creatorAddress)));
    }

    private void requireWritable() {
        if (preScan) {
            throw new IllegalStateException("the collision pre-scan must not change state");
        }
    }
}
