package org.blockstack.functions.sync;

/**
 * What one extract invocation did. {@code status}: {@code ok} (every chunk of the range is
 * stored), {@code invalid} (the request cannot be served as asked, see {@code error}; asking again
 * will not help) or {@code error} (it stopped at a failure, e.g. the source is down; the chunks
 * before it are stored, and asking again may succeed).
 */
public record ExtractSummary(
        String status,
        int fromHeight,
        int toHeight,
        int chunks,
        int blocks,
        int candidates,
        long bytes,
        long durationMillis,
        String error) {

    public static final String OK = "ok";
    public static final String INVALID = "invalid";
    public static final String ERROR = "error";

    public boolean failed() {
        return ERROR.equals(status);
    }
}
