package org.blockstack.functions.lookup.stacks;

import java.util.List;
import java.util.OptionalLong;

import org.blockstack.functions.lookup.http.Answer;
import org.blockstack.functions.lookup.http.QueryValues;

/** The Stacks API's paging (read-api §3.8): {@code page} optional (0), and a page past the end is an error. */
final class StacksPages {
    static final String INVALID = "Invalid page";

    private StacksPages() {
    }

    static OptionalLong parse(String page) {
        return page == null ? OptionalLong.of(0) : QueryValues.listingPage(page);
    }

    static Answer answer(long page, List<String> names) {
        return names.isEmpty() && page > 0 ? Answer.error(400, INVALID) : Answer.ok(names);
    }
}
