package org.blockstack.functions.lookup.http;

import java.math.BigInteger;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Query parameter values read as Core read them (read-api §3.2, §3.8). */
public final class QueryValues {
    /** Python's {@code int(text)}: surrounding whitespace, an optional sign, decimal digits. */
    private static final Pattern PYTHON_INT = Pattern.compile("\\s*[+-]?[0-9]+\\s*");
    /** Pages past this one are past the end of any listing: no need to count that far. */
    private static final long FAR_PAGE = 1_000_000_000_000L;
    private static final long MAX_HISTORY_PAGE = 0xffff_ffffL;

    private QueryValues() {
    }

    /** {@code 1} or {@code true} in any letter case; anything else, and absence, is false. */
    public static boolean flag(String value) {
        return value != null && (value.equals("1") || value.toLowerCase(Locale.ROOT).equals("true"));
    }

    /**
     * A listing page ({@code page=} of {@code /v1/names} and friends): a non-negative integer;
     * empty when it is not one. A huge page is kept as a page past every listing's end.
     */
    public static OptionalLong listingPage(String value) {
        if (value == null || !PYTHON_INT.matcher(value).matches()) {
            return OptionalLong.empty();
        }
        BigInteger page = new BigInteger(value.strip());
        if (page.signum() < 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(page.min(BigInteger.valueOf(FAR_PAGE)).longValue());
    }

    /**
     * A history page: absent means 0; else fewer than 10 characters, an integer, 0 to 2³²−1
     * (Core's {@code GET_name_history}). Empty when invalid.
     */
    public static OptionalLong historyPage(String value) {
        if (value == null) {
            return OptionalLong.of(0);
        }
        if (value.length() >= 10) {
            return OptionalLong.empty();
        }
        OptionalLong page = listingPage(value);
        return page.isPresent() && page.getAsLong() <= MAX_HISTORY_PAGE ? page : OptionalLong.empty();
    }
}
