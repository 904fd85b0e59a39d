package org.blockstack.functions.core.gaia;

/**
 * The precondition of a store (gaia-hub §4.3), from its {@code If-Match} / {@code If-None-Match}
 * headers. The storage layer enforces it atomically with the write.
 */
public sealed interface WriteCondition {
    /** Write whatever is there (no header, or {@code If-Match: *} as the reference treats it). */
    record Unconditional() implements WriteCondition {
    }

    /** {@code If-None-Match: *}: create only. */
    record IfAbsent() implements WriteCondition {
    }

    /** {@code If-Match: <etag>}: replace only that version; a missing file does not match. */
    record IfMatch(String etag) implements WriteCondition {
    }

    String BOTH_HEADERS = "Request should not contain both if-match and if-none-match headers";
    String NONE_MATCH_MISUSE = "Misuse of the if-none-match header. Expected to be * on write requests.";
    String ALREADY_EXISTS = "The entity you are trying to create already exists";
    String ETAG_MISMATCH = "The provided ETag does not match that of the resource on the server";

    /**
     * Reads the headers (absent or empty means not sent, as in Node).
     *
     * @throws GaiaRequestException 412 for both headers, or an {@code If-None-Match} other than {@code *}
     */
    static WriteCondition fromHeaders(String ifMatch, String ifNoneMatch) throws GaiaRequestException {
        boolean hasIfMatch = ifMatch != null && !ifMatch.isEmpty();
        boolean hasIfNoneMatch = ifNoneMatch != null && !ifNoneMatch.isEmpty();
        if (hasIfMatch && hasIfNoneMatch) {
            throw GaiaRequestException.preconditionFailed(BOTH_HEADERS);
        }
        if (hasIfNoneMatch) {
            if (!ifNoneMatch.equals("*")) {
                throw GaiaRequestException.preconditionFailed(NONE_MATCH_MISUSE);
            }
            return new IfAbsent();
        }
        if (hasIfMatch && !ifMatch.equals("*")) {
            return new IfMatch(ifMatch);
        }
        return new Unconditional();
    }

    /** The 412 for a write whose condition did not hold. */
    default GaiaRequestException failure() {
        return GaiaRequestException.preconditionFailed(this instanceof IfAbsent ? ALREADY_EXISTS : ETAG_MISMATCH);
    }
}
