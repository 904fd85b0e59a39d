package org.blockstack.functions.lookup.names;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.blockstack.functions.core.bns.state.HistoryEntry;

/**
 * History pages (read-api §5.2): rows newest first, about 20 per page, never splitting one block's
 * rows across two pages: a page ends at the first block boundary at or after its 20th row. Clients
 * merge pages by block height (the CLI's {@code getAllNameHistoryPages}), so a block split over two
 * pages would lose rows; Core's overlapping pages avoided that by accident, whole blocks avoid it
 * by construction.
 */
public final class HistoryPages {
    public static final int ROWS_PER_PAGE = 20;

    private HistoryPages() {
    }

    /** Page {@code page} of {@code newestFirst}; empty past the end. Reads no further than that page. */
    public static List<HistoryEntry> page(Stream<HistoryEntry> newestFirst, long page) {
        return page(newestFirst, HistoryEntry::blockNumber, page);
    }

    /** The same for rows of any kind (subdomain snapshots), whose block {@code blockOf} tells. */
    public static <T> List<T> page(Stream<T> newestFirst, ToIntFunction<T> blockOf, long page) {
        Iterator<T> rows = newestFirst.iterator();
        List<T> current = new ArrayList<>();
        long pageNumber = 0;
        T previous = null;
        while (rows.hasNext()) {
            T row = rows.next();
            boolean newBlock = previous != null && blockOf.applyAsInt(previous) != blockOf.applyAsInt(row);
            if (newBlock && current.size() >= ROWS_PER_PAGE) {
                if (pageNumber == page) {
                    return current;
                }
                pageNumber++;
                current = new ArrayList<>();
            }
            current.add(row);
            previous = row;
        }
        return pageNumber == page ? current : List.of();
    }
}
