package org.blockstack.functions.sync;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.funqy.Funq;

/**
 * The Lambda entry point. Any event (normally an EventBridge scheduled event) triggers one run.
 * A failed run is thrown, so Lambda counts it as an error and alarms see it; a run that found
 * another one holding the lease is not a failure. Each run reports its lag as a metric.
 */
public class SyncFunction {
    @Inject
    SyncService sync;

    @Funq("sync")
    public SyncSummary sync(JsonNode event) {
        SyncSummary summary = sync.runOnce();
        SyncMetrics.report(summary);
        if (summary.failed()) {
            throw new SyncFailedException(summary.error());
        }
        return summary;
    }
}
