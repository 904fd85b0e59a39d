package org.blockstack.functions.lookup.names;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
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
        Iterator<HistoryEntry> rows = newestFirst.iterator();
        List<HistoryEntry> current = new ArrayList<>();
        long pageNumber = 0;
        HistoryEntry previous = null;
        while (rows.hasNext()) {
            HistoryEntry row = rows.next();
            boolean newBlock = previous != null && previous.blockNumber() != row.blockNumber();
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
