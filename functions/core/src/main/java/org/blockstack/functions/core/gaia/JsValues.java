package org.blockstack.functions.core.gaia;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The few JavaScript value conversions the reference hub's rules depend on, so claims and request
 * fields are judged as Node would judge them (numbers may arrive as JSON numbers or as strings).
 */
final class JsValues {
    private JsValues() {
    }

    /**
     * The number a claim stands for when compared with a number: JSON numbers as they are,
     * numeric strings as {@code Number(text)} reads them; anything else has none.
     */
    static OptionalDouble numeric(Object value) {
        if (value instanceof Number number) {
            return OptionalDouble.of(number.doubleValue());
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return OptionalDouble.of(new BigDecimal(text.strip()).doubleValue());
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    /**
     * {@code parseInt(String(value))}: optional leading white space and sign, then the longest run
     * of decimal digits. Empty when there are no digits or the integer does not fit a long.
     */
    static OptionalLong parseInt(Object value) {
        if ((value instanceof Double || value instanceof Float) && !Double.isFinite(((Number) value).doubleValue())) {
            // String(Infinity) and String(NaN) hold no digits (JSON 1e400 reads as Infinity)
            return OptionalLong.empty();
        }
        String text = value instanceof Double || value instanceof Float
                ? BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString()
                : String.valueOf(value);
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        int start = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        if (i == start) {
            return OptionalLong.empty();
        }
        try {
            long magnitude = Long.parseLong(text.substring(start, i));
            return OptionalLong.of(negative ? -magnitude : magnitude);
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }

    /** {@code String(value)} for the JSON values a scope entry may hold. */
    static String string(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e21) {
                return BigDecimal.valueOf(d).toBigInteger().toString();
            }
        }
        return String.valueOf(value);
    }
}
