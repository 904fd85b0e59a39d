package org.blockstack.functions.common.aws;

/**
 * Work a function would otherwise do on its first event (building SDK clients, a first request to
 * its store) that can be done while Lambda initialises it. A function declares its warm-ups as
 * CDI beans; {@link ColdStartPriming} runs them. A warm-up must leave no state the first event
 * depends on: if it fails or has not finished, the event does the same work itself.
 */
@FunctionalInterface
public interface WarmUp {
    void run();
}
