package org.blockstack.functions.core.bns;

import java.util.Optional;

import org.blockstack.functions.core.bns.state.NameRecord;
import org.blockstack.functions.core.bns.state.NamespaceRecord;

/**
 * When a name lives and expires (bns-protocol §6.2, read-api §3.9): the one place both the
 * rules ({@code OperationContext}) and the read API take these answers from. Multiplier and grace
 * period are those of the epoch of the height asked about, as the reference evaluates them.
 */
public final class NameLifetime {
    private NameLifetime() {
    }

    /**
     * A name's expiry as the read API reports it: {@code expire_block = max(ready block, last
     * renewed) + lifetime × multiplier}, {@code renewal_deadline = expire_block + grace}; both
     * {@code -1} for names that never expire (infinite lifetime, or a namespace not yet ready).
     */
    public record Deadlines(long expireBlock, long renewalDeadline) {
        public static final Deadlines NEVER = new Deadlines(-1, -1);

        public boolean expires() {
            return renewalDeadline > 0;
        }

        /** The read API's "expired": past the renewal deadline at {@code tip} (the reference's client check). */
        public boolean isExpiredAt(int tip) {
            return expires() && tip >= renewalDeadline;
        }

        /** Expired but still renewable by its owner at {@code height}. */
        public boolean inGracePeriodAt(int height) {
            return expires() && expireBlock <= height && height < renewalDeadline;
        }
    }

    /** The deadlines of {@code name} evaluated at {@code height}; {@code namespace} may be absent. */
    public static Deadlines deadlines(NameRecord name, Optional<NamespaceRecord> namespace, NetworkParams params,
            int height) {
        if (namespace.isEmpty() || !namespace.get().isReady()
                || namespace.get().lifetime() == NamespaceRecord.LIFETIME_INFINITE) {
            return Deadlines.NEVER;
        }
        NamespaceRecord ns = namespace.get();
        Epoch epoch = params.epochAt(height);
        long expire = Math.max(ns.readyBlock(), name.lastRenewed()) + ns.lifetime() * epoch.lifetimeMultiplier();
        return new Deadlines(expire, expire + epoch.gracePeriod());
    }

    /**
     * {@code live(rec, h)}: registered by {@code h}, and either its namespace is ready and the
     * name not past expiry plus grace, or its namespace is revealed and not lapsed. Revoked names
     * can be live: revocation is a separate question.
     */
    public static boolean isLive(NameRecord record, Optional<NamespaceRecord> namespace, NetworkParams params,
            int height) {
        if (record.firstRegistered() > height || namespace.isEmpty()) {
            return false;
        }
        NamespaceRecord ns = namespace.get();
        if (ns.isReady()) {
            Epoch epoch = params.epochAt(height);
            long span = ns.lifetime() * epoch.lifetimeMultiplier() + epoch.gracePeriod();
            return ns.readyBlock() + span > height || record.lastRenewed() + span >= height;
        }
        return isRevealedAt(ns, params, height);
    }

    /** {@code revealedNs(id, h)}: revealed, not ready, and its reveal not lapsed at {@code h}. */
    public static boolean isRevealedAt(NamespaceRecord ns, NetworkParams params, int height) {
        return NamespaceRecord.REVEALED.equals(ns.op()) && ns.revealBlock() <= height
                && height < (long) ns.revealBlock() + params.namespaceRevealExpire();
    }
}
