package org.blockstack.functions.localserver;

import jakarta.inject.Inject;

import org.blockstack.functions.sync.SyncService;

import io.quarkus.scheduler.Scheduled;

/** Locally, the timer plays the EventBridge schedule that invokes sync on AWS. */
public class SyncTimer {
    @Inject
    SyncService sync;

    @Scheduled(every = "${sync.interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        sync.runOnce();
    }
}
