package org.blockstack.functions.core.tokens;

import java.time.Instant;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * The {@code exp} and {@code iat} rules of {@code @stacks/auth} ({@code isExpirationDateValid},
 * {@code isIssuanceDateValid}; tokens spec §3.3 steps 1–2), in JavaScript's terms: a falsy claim
 * (absent, null, 0, "") sets no limit; any other non-number fails; a number of seconds becomes
 * {@code new Date(claim * 1000)}, so a value beyond JavaScript's date range (±8.64e15 ms) is an
 * invalid date that no comparison fails, which the reference treats as no limit.
 */
public final class TimeClaims {
    /** The largest time value a JavaScript Date holds, in milliseconds either side of the epoch. */
    private static final double MAX_DATE_MILLIS = 8.64e15;

    private TimeClaims() {
    }

    /** {@code exp}: the token is good until then, plus the clock's skew. */
    public static TokenCheck expiration(Map<String, Object> payload, TokenClock clock) {
        return dateRule(payload.get("exp"), "exp", "expiresAt", "no expiry", millis ->
                clock.nowMillis() - clock.skewMillis() > millis
                        ? TokenCheck.fail("expiresAt", "token expired at " + instant(millis) + " (exp " + payload.get("exp")
                                + "); now is " + clock.now() + skewNote(clock))
                        : TokenCheck.pass("expiresAt", "expires at " + instant(millis)));
    }

    /** {@code iat}: the token must not claim to be issued after now (plus the clock's skew). */
    public static TokenCheck issuance(Map<String, Object> payload, TokenClock clock) {
        return dateRule(payload.get("iat"), "iat", "issuedAt", "no issue time", millis ->
                clock.nowMillis() + clock.skewMillis() < millis
                        ? TokenCheck.fail("issuedAt", "token claims to be issued in the future, at " + instant(millis)
                                + " (iat " + payload.get("iat") + "); now is " + clock.now() + skewNote(clock))
                        : TokenCheck.pass("issuedAt", "issued at " + instant(millis)));
    }

    /** The steps both claims share; {@code compare} judges a claim that is a valid date, in epoch ms. */
    private static TokenCheck dateRule(Object value, String claim, String rule, String noLimit,
            DoubleFunction<TokenCheck> compare) {
        if (!JsValues.isTruthy(value)) {
            return TokenCheck.pass(rule, noLimit + " (" + claim + " is " + describeFalsy(value) + ")");
        }
        if (!(value instanceof Number number)) {
            return TokenCheck.fail(rule, claim + " is a " + JsValues.typeOf(value)
                    + ", expected a number of seconds since the epoch");
        }
        double millis = dateMillis(number);
        if (Double.isNaN(millis)) {
            return TokenCheck.pass(rule, claim + " " + value + " lies beyond the dates JavaScript can hold, "
                    + "which the reference treats as no limit");
        }
        return compare.apply(millis);
    }

    /** {@code new Date(seconds * 1000).getTime()}: NaN outside the date range, else truncated to whole ms. */
    static double dateMillis(Number seconds) {
        double millis = JsValues.toNumber(seconds) * 1000;
        if (Double.isNaN(millis) || Double.isInfinite(millis) || Math.abs(millis) > MAX_DATE_MILLIS) {
            return Double.NaN;
        }
        return millis < 0 ? Math.ceil(millis) : Math.floor(millis);
    }

    private static Instant instant(double millis) {
        return Instant.ofEpochMilli((long) millis);
    }

    private static String describeFalsy(Object value) {
        return value == null ? "absent or null" : value instanceof String ? "\"\"" : String.valueOf(value);
    }

    private static String skewNote(TokenClock clock) {
        return clock.skewMillis() == 0 ? "" : " (allowing " + clock.skewMillis() / 1000.0 + " s of clock skew)";
    }
}
