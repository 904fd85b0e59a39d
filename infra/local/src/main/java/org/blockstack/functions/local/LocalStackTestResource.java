package org.blockstack.functions.local;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts an in-memory local stack (dynalite, S3Proxy, the demo chain over Bitcoin Core REST) for
 * a {@code @QuarkusTest} and points the function under test at it. Tests reach the stack's
 * chain through {@link #current()} to grow or reorganise it.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {
    private static volatile LocalStack current;

    @Override
    public Map<String, String> start() {
        current = LocalStack.start(LocalStack.Options.inMemory());
        return current.config();
    }

    @Override
    public void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    /** The stack of the running test, for tests that need to reach the emulators directly. */
    public static LocalStack current() {
        if (current == null) {
            throw new IllegalStateException("no local stack is running: annotate the test with "
                    + "@QuarkusTestResource(LocalStackTestResource.class)");
        }
        return current;
    }
}
