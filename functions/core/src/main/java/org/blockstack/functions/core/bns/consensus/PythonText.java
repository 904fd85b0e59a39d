package org.blockstack.functions.core.bns.consensus;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Python 2's {@code str()} of the values that go into consensus records (bns-protocol §10.2),
 * because the reference hashed exactly that text.
 */
public final class PythonText {
    private static final MathContext TWELVE_DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

    private PythonText() {
    }

    /** {@code None} prints as the empty string. */
    public static String of(String value) {
        return value == null ? "" : value;
    }

    public static String of(long value) {
        return Long.toString(value);
    }

    public static String of(boolean value) {
        return value ? "True" : "False";
    }

    /** A list of ints: {@code [6, 5, 4]}. */
    public static String of(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * {@code str(float)}: {@code %.12g} (rounded half-even on the exact binary value), then
     * {@code .0} appended when the result has neither a point nor an exponent.
     */
    public static String ofFloat(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        String text = formatG12(value);
        if (text.indexOf('.') < 0 && text.indexOf('e') < 0) {
            text = text + ".0";
        }
        return text;
    }

    /** C's {@code %.12g}: 12 significant digits, trailing zeros dropped, exponent form outside 1e-4 … 1e12. */
    private static String formatG12(double value) {
        if (value == 0) {
            return (1 / value < 0) ? "-0" : "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(TWELVE_DIGITS);
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= 12) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String digits = stripZeros(mantissa.toPlainString());
            String sign = exponent < 0 ? "-" : "+";
            int magnitude = Math.abs(exponent);
            return digits + "e" + sign + (magnitude < 10 ? "0" : "") + magnitude;
        }
        return stripZeros(rounded.toPlainString());
    }

    private static String stripZeros(String plain) {
        if (plain.indexOf('.') < 0) {
            return plain;
        }
        String stripped = plain.replaceAll("0+$", "");
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }
}
