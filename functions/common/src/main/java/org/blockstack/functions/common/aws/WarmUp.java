package org.blockstack.functions.common.aws;

/**
 * Work a function would otherwise do on its first event (building SDK clients, a first request to
 * its store) that can be done while Lambda initialises it. A function declares its warm-ups as
 * application-scoped CDI beans (so that they are created on the warm-up's thread, not while the
 * function starts); {@link ColdStartPriming} runs them. A warm-up only reads, and leaves nothing
 * the first event relies on: if it fails or has not finished, the event does the same work itself.
 */
@FunctionalInterface
public interface WarmUp {
    void run();
}
