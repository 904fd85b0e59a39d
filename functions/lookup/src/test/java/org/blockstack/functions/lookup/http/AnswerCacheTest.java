package org.blockstack.functions.lookup.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.blockstack.functions.lookup.chain.ChainTip;
import org.blockstack.functions.lookup.chain.Tip;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How long rendered answers are reused: until the next block, or briefly when they read off-chain data. */
class AnswerCacheTest {
    private static final Duration TTL = Duration.ofMillis(200);
    private static final Tip BLOCK_100 = new Tip(100, "aa".repeat(32), "cc".repeat(16), 100, "aa".repeat(32));
    private static final Tip BLOCK_101 = new Tip(101, "bb".repeat(32), "dd".repeat(16), 101, "bb".repeat(32));

    private final AtomicReference<Tip> tip = new AtomicReference<>(BLOCK_100);
    private final AtomicInteger renders = new AtomicInteger();

    private AnswerCache cache(Duration ttl) {
        AnswerCache cache = new AnswerCache(ttl);
        cache.chainTip = new ChainTip() {
            @Override
            public Tip current() {
                return tip.get();
            }
        };
        cache.offChain = new OffChainReads();
        return cache;
    }

    private Function<Tip, Answer> rendering(int status) {
        return at -> {
            renders.incrementAndGet();
            return Answer.json(status, java.util.Map.of("height", at.height()));
        };
    }

    private Function<Tip, Answer> renderingProvisional(AnswerCache cache) {
        return at -> {
            cache.offChain.markProvisional();
            return rendering(200).apply(at);
        };
    }

    @BeforeEach
    void reset() {
        renders.set(0);
    }

    @Test
    void anAnswerFromTheIndexIsKeptUntilTheNextBlock() throws InterruptedException {
        AnswerCache cache = cache(TTL);
        Answer first = cache.get("name", rendering(200));
        Thread.sleep(TTL.toMillis() * 2);
        assertThat(cache.get("name", rendering(200))).isSameAs(first);
        assertThat(renders).hasValue(1);

        tip.set(BLOCK_101);
        assertThat(new String(cache.get("name", rendering(200)).body())).isEqualTo("{\"height\":101}");
        assertThat(renders).hasValue(2);
    }

    @Test
    void anAnswerThatReadOffChainDataIsKeptForTheTtlOnly() throws InterruptedException {
        AnswerCache cache = cache(TTL);
        cache.get("profile", renderingProvisional(cache));
        cache.get("profile", renderingProvisional(cache));
        assertThat(renders).hasValue(1);
        Thread.sleep(TTL.toMillis() * 2);
        cache.get("profile", renderingProvisional(cache));
        assertThat(renders).as("renders after the TTL").hasValue(2);
        // the next answer rendered starts final again
        cache.get("name", rendering(200));
        Thread.sleep(TTL.toMillis() * 2);
        cache.get("name", rendering(200));
        assertThat(renders).hasValue(3);
    }

    @Test
    void storeFailuresAreNotKeptAndATtlOfZeroKeepsNothing() {
        AnswerCache cache = cache(TTL);
        cache.get("failing", rendering(503));
        cache.get("failing", rendering(503));
        assertThat(renders).hasValue(2);

        AnswerCache off = cache(Duration.ZERO);
        off.get("name", rendering(200));
        off.get("name", rendering(200));
        assertThat(renders).hasValue(4);
    }
}
