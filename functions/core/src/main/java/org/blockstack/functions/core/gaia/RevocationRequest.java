package org.blockstack.functions.core.gaia;

import static org.blockstack.functions.core.tokens.JsValues.isTruthy;

import java.util.Map;
import java.util.OptionalLong;

/**
 * The body of {@code POST /revoke-all/<address>} (gaia-hub §7): {@code oldestValidTimestamp} in
 * seconds, a number or a numeric string, read with JavaScript's {@code parseInt} as the reference
 * does ({@code "1650000000.9"} is 1650000000). Unlike the reference, the value is kept as a
 * 64-bit integer (it truncates to 32 bits, so dates after 2038 would wrap negative).
 */
public final class RevocationRequest {
    public static final String MISSING = "Invalid JSON: missing oldestValidTimestamp";
    public static final String NOT_AN_INTEGER = "Invalid JSON: oldestValidTimestamp is not a valid integer";

    private RevocationRequest() {
    }

    /**
     * The timestamp in a reference hub's revocation file ({@code <address>-auth/authTimestamp},
     * gaia-hub §9.2), read with {@code parseInt} as the reference reads it; empty when it holds
     * no integer.
     */
    public static OptionalLong fromReferenceFile(String text) {
        OptionalLong seconds = JsValues.parseInt(text);
        return seconds.isPresent() && seconds.getAsLong() >= 0 ? seconds : OptionalLong.empty();
    }

    /**
     * @param body the parsed JSON body, or null when there was none (or it was not JSON)
     * @throws GaiaRequestException 400 when the field is missing, falsy, not an integer or negative
     */
    public static long oldestValidTimestamp(Map<String, Object> body) throws GaiaRequestException {
        Object value = body == null ? null : body.get("oldestValidTimestamp");
        if (!isTruthy(value)) {
            throw GaiaRequestException.invalidRequest(MISSING);
        }
        OptionalLong seconds = value instanceof Map || value instanceof Iterable ? OptionalLong.empty()
                : JsValues.parseInt(value);
        if (seconds.isEmpty() || seconds.getAsLong() < 0) {
            throw GaiaRequestException.invalidRequest(NOT_AN_INTEGER);
        }
        return seconds.getAsLong();
    }
}
