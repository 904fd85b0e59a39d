package org.blockstack.functions.core.tokens;

import java.time.Duration;
import java.time.Instant;

/**
 * The verifier's "now" and the clock skew it forgives when judging {@code exp} and {@code iat}.
 * The reference libraries run in the same browser that made the token and forgive nothing; a
 * server judging tokens from other machines may allow for their clocks being a little off.
 */
public record TokenClock(long nowMillis, long skewMillis) {
    public TokenClock {
        if (skewMillis < 0) {
            throw new IllegalArgumentException("clock skew must not be negative, got " + skewMillis + " ms");
        }
    }

    public static TokenClock at(Instant now, Duration skew) {
        return new TokenClock(now.toEpochMilli(), skew.toMillis());
    }

    /** The system clock with no tolerance: the reference libraries' behaviour. */
    public static TokenClock systemStrict() {
        return new TokenClock(System.currentTimeMillis(), 0);
    }

    public Instant now() {
        return Instant.ofEpochMilli(nowMillis);
    }
}
