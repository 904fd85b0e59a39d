package org.blockstack.functions.lookup.http;

import java.time.Duration;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.lookup.chain.ChainTip;
import org.blockstack.functions.lookup.chain.Tip;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Rendered answers, keyed by what was asked, valid while the last processed block is the one they
 * were rendered at. An answer that read only the index and stored zone files cannot change before
 * the next block, so it is kept until then (at most {@link #FINAL_FOR}); one that depends on
 * something else ({@link OffChainReads}: a zone file not published yet, a Gaia profile) is kept for
 * {@code LOOKUP_CACHE_TTL} (a zone file published through this instance clears the cache at once).
 * {@code LOOKUP_CACHE_TTL=0} turns the cache off. Bounded by the bytes held. Answers of store
 * failures are never kept.
 */
@ApplicationScoped
public class AnswerCache {
    private static final long MAX_BYTES = 32L * 1024 * 1024;
    /** How long an answer final for its block is kept at most: blocks come every ten minutes. */
    static final Duration FINAL_FOR = Duration.ofHours(1);

    @Inject
    ChainTip chainTip;
    @Inject
    OffChainReads offChain;

    private final Cache<String, Entry> answers;
    private final boolean enabled;

    private record Entry(Tip tip, Answer answer, boolean provisional) {
    }

    @Inject
    public AnswerCache(@ConfigProperty(name = Settings.LOOKUP_CACHE_TTL, defaultValue = "5s") Duration ttl) {
        this.enabled = !ttl.isZero() && !ttl.isNegative();
        long provisionalNanos = enabled ? ttl.toNanos() : 1;
        this.answers = Caffeine.newBuilder()
                .expireAfter(Expiry.<String, Entry>writing((key, entry) ->
                        entry.provisional() ? Duration.ofNanos(provisionalNanos) : FINAL_FOR))
                .maximumWeight(MAX_BYTES)
                .weigher((String key, Entry entry) -> key.length() + entry.answer().body().length)
                .build();
    }

    /** The answer to {@code key} at the current tip: cached, or rendered by {@code render} now. */
    public Answer get(String key, Function<Tip, Answer> render) {
        Tip tip = chainTip.current();
        if (!enabled) {
            return render.apply(tip);
        }
        Entry cached = answers.getIfPresent(key);
        if (cached != null && cached.tip().equals(tip)) {
            return cached.answer();
        }
        offChain.reset();
        Answer answer = render.apply(tip);
        if (answer.status() < 500) {
            answers.put(key, new Entry(tip, answer, offChain.provisional()));
        }
        return answer;
    }

    /** Drops every answer: something they may show (a zone file) just changed. */
    public void clear() {
        answers.invalidateAll();
    }
}
