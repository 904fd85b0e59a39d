package org.blockstack.functions.core.tokens;

import java.util.List;
import java.util.Map;

/**
 * Claim values judged with JavaScript's rules, because the reference verifiers are JavaScript:
 * {@code if (payload.exp)} is truthiness, {@code typeof x === 'number'} is "any JSON number".
 * Values are what Jackson makes of JSON: null, Boolean, Number, String, List, Map.
 */
public final class JsValues {
    private JsValues() {
    }

    /** JavaScript truthiness: false for null, false, 0, -0, NaN and ""; true for everything else, [] and {} too. */
    public static boolean isTruthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d != 0.0 && !Double.isNaN(d);
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        return true;
    }

    /** The JavaScript number a JSON number becomes (a double; huge values become infinities). */
    public static double toNumber(Number value) {
        return value.doubleValue();
    }

    /** {@code typeof value}, for messages that say what was found instead of what was expected. */
    public static String typeOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Number) {
            return "number";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof List) {
            return "array";
        }
        if (value instanceof Map) {
            return "object";
        }
        return value.getClass().getSimpleName();
    }
}
