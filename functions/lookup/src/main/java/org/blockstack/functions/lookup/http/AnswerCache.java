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

/**
 * Rendered answers, keyed by what was asked, valid while the last processed block is the one they
 * were rendered at and for at most {@code LOOKUP_CACHE_TTL} (a zone file published through another
 * function instance shows within that time; one published here clears the cache at once). Bounded
 * by the bytes held. Answers of store failures are never kept.
 */
@ApplicationScoped
public class AnswerCache {
    private static final long MAX_BYTES = 32L * 1024 * 1024;

    @Inject
    ChainTip chainTip;

    private final Cache<String, Entry> answers;
    private final boolean enabled;

    private record Entry(Tip tip, Answer answer) {
    }

    @Inject
    public AnswerCache(@ConfigProperty(name = Settings.LOOKUP_CACHE_TTL, defaultValue = "5s") Duration ttl) {
        this.enabled = !ttl.isZero() && !ttl.isNegative();
        this.answers = Caffeine.newBuilder()
                .expireAfterWrite(enabled ? ttl : Duration.ofNanos(1))
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
        Answer answer = render.apply(tip);
        if (answer.status() < 500) {
            answers.put(key, new Entry(tip, answer));
        }
        return answer;
    }

    /** Drops every answer: something they may show (a zone file) just changed. */
    public void clear() {
        answers.invalidateAll();
    }
}
