package org.blockstack.functions.sync;

/** Thrown by a test's write hook to stop a sync run the way a crash would, before the named write. */
final class SimulatedCrash extends RuntimeException {
    SimulatedCrash(String where) {
        super("simulated crash before " + where);
    }
}
