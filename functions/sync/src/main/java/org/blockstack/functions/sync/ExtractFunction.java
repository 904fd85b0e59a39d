package org.blockstack.functions.sync;

import jakarta.inject.Inject;

import io.quarkus.funqy.Funq;

/**
 * The Lambda entry point of catch-up extraction ({@code QUARKUS_FUNQY_EXPORT=extract}): reads a
 * range of blocks from the source and stores their extracts for sync to apply. Invoked by sync's
 * fan-out (asynchronously) or by hand. A failure is thrown, so Lambda retries the event; a
 * request that cannot be served as asked is answered with status {@code invalid}, not retried.
 */
public class ExtractFunction {
    @Inject
    ExtractService extraction;

    @Funq("extract")
    public ExtractSummary extract(ExtractRequest request) {
        ExtractSummary summary = extraction.extract(request);
        if (summary.failed()) {
            throw new ExtractFailedException(summary.error());
        }
        return summary;
    }
}
