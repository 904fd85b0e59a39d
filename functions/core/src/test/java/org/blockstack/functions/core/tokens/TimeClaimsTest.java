package org.blockstack.functions.core.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class TimeClaimsTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    private static final long NOW_SECONDS = NOW.getEpochSecond();
    private static final TokenClock STRICT = TokenClock.at(NOW, Duration.ZERO);

    private static Map<String, Object> claim(String name, Object value) {
        Map<String, Object> payload = new HashMap<>();
        payload.put(name, value);
        return payload;
    }

    @Test
    void falsyClaimsSetNoLimitAsInJavaScript() {
        for (Object falsy : new Object[] {null, 0, 0.0, -0.0, "", false}) {
            assertThat(TimeClaims.expiration(claim("exp", falsy), STRICT).ok()).as("exp %s", falsy).isTrue();
            assertThat(TimeClaims.issuance(claim("iat", falsy), STRICT).ok()).as("iat %s", falsy).isTrue();
        }
        assertThat(TimeClaims.expiration(Map.of(), STRICT).reason()).contains("no expiry");
    }

    @Test
    void truthyClaimsThatAreNotNumbersFail() {
        for (Object notNumber : new Object[] {"4102444800", true, List.of(), Map.of()}) {
            TokenCheck check = TimeClaims.expiration(claim("exp", notNumber), STRICT);
            assertThat(check.ok()).as("exp %s", notNumber).isFalse();
            assertThat(check.reason()).contains("expected a number of seconds");
            assertThat(TimeClaims.issuance(claim("iat", notNumber), STRICT).ok()).as("iat %s", notNumber).isFalse();
        }
    }

    @Test
    void expiryIsInclusiveToTheMillisecondAndIssuanceMayNotLieAhead() {
        assertThat(TimeClaims.expiration(claim("exp", NOW_SECONDS), STRICT).ok()).isTrue();
        assertThat(TimeClaims.expiration(claim("exp", NOW_SECONDS - 0.001), STRICT).ok()).isFalse();
        assertThat(TimeClaims.expiration(claim("exp", NOW_SECONDS - 1), STRICT).reason())
                .contains("expired at 2024-12-31T23:59:59Z");
        assertThat(TimeClaims.issuance(claim("iat", NOW_SECONDS), STRICT).ok()).isTrue();
        assertThat(TimeClaims.issuance(claim("iat", NOW_SECONDS + 1), STRICT).ok())
                .as("no tolerance, as in the reference: one second ahead fails").isFalse();
        assertThat(TimeClaims.issuance(claim("iat", 1.5), STRICT).ok()).as("fractional seconds").isTrue();
    }

    @Test
    void clockSkewForgivesBothWays() {
        TokenClock lenient = TokenClock.at(NOW, Duration.ofSeconds(30));
        assertThat(TimeClaims.expiration(claim("exp", NOW_SECONDS - 30), lenient).ok()).isTrue();
        assertThat(TimeClaims.expiration(claim("exp", NOW_SECONDS - 31), lenient).ok()).isFalse();
        assertThat(TimeClaims.issuance(claim("iat", NOW_SECONDS + 30), lenient).ok()).isTrue();
        TokenCheck ahead = TimeClaims.issuance(claim("iat", NOW_SECONDS + 31), lenient);
        assertThat(ahead.ok()).isFalse();
        assertThat(ahead.reason()).contains("issued in the future").contains("30.0 s of clock skew");
    }

    @Test
    void valuesBeyondJavaScriptsDateRangeAreInvalidDatesThatNeverFail() {
        // new Date(1e13 * 1000) is an invalid date; "now > NaN" and "now < NaN" are both false
        assertThat(TimeClaims.expiration(claim("exp", -1e13), STRICT).ok()).isTrue();
        assertThat(TimeClaims.issuance(claim("iat", 1e13), STRICT).ok()).isTrue();
        assertThat(TimeClaims.issuance(claim("iat", 8.64e12), STRICT).ok()).as("the last valid date").isFalse();
        assertThat(TimeClaims.expiration(claim("exp", new java.math.BigInteger("1" + "0".repeat(400))), STRICT).ok())
                .isTrue();
        assertThat(TimeClaims.expiration(claim("exp", -1), STRICT).ok()).isFalse();
    }
}
