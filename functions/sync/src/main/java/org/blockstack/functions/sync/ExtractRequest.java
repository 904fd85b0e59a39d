package org.blockstack.functions.sync;

/**
 * The event of the extract function: extract the blocks {@code fromHeight..toHeight}, a whole
 * number of chunks ({@code fromHeight} a multiple of {@code SYNC_EXTRACT_CHUNK_BLOCKS},
 * {@code toHeight} the last height of a chunk), e.g. {@code {"fromHeight":373600,"toHeight":374599}}.
 */
public record ExtractRequest(Integer fromHeight, Integer toHeight) {
    /** The event sync sends for a range. */
    static String json(int fromHeight, int toHeight) {
        return "{\"fromHeight\":" + fromHeight + ",\"toHeight\":" + toHeight + "}";
    }
}
