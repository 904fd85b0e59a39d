package org.blockstack.functions.lookup.http;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.arc.Arc;

/**
 * Whether the answer being rendered depends on something that can change between two blocks: a
 * zone file this service does not have yet (anyone may publish it, through any instance), or a
 * profile read from Gaia. Such an answer is kept by {@link AnswerCache} for {@code LOOKUP_CACHE_TTL}
 * only; an answer read from the index and from stored zone files (which never change under their
 * hash) is the answer until the next block.
 */
@RequestScoped
public class OffChainReads {
    private boolean provisional;

    /** A zone file was looked for and is not stored (yet). */
    public static void zonefileMissing() {
        current().ifPresent(OffChainReads::markProvisional);
    }

    /** A profile was resolved from Gaia (or from the resolver's cache of it). */
    public static void profileRead() {
        current().ifPresent(OffChainReads::markProvisional);
    }

    void markProvisional() {
        provisional = true;
    }

    boolean provisional() {
        return provisional;
    }

    void reset() {
        provisional = false;
    }

    /** This request's record; none outside a request (the local stack seeding the stores, say). */
    private static Optional<OffChainReads> current() {
        return Arc.container() != null && Arc.container().requestContext().isActive()
                ? Optional.of(Arc.container().instance(OffChainReads.class).get())
                : Optional.empty();
    }
}
