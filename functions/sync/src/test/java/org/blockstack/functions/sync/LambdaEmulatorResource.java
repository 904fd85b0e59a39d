package org.blockstack.functions.sync;

import java.util.Map;

import org.blockstack.functions.common.Settings;
import org.blockstack.functions.emulators.aws.LambdaEmulator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** The Lambda API sync fans extraction out to, for a {@code @QuarkusTest}: events are recorded, not run. */
public class LambdaEmulatorResource implements QuarkusTestResourceLifecycleManager {
    private static volatile LambdaEmulator current;

    @Override
    public Map<String, String> start() {
        current = LambdaEmulator.start();
        return Map.of(Settings.LAMBDA_ENDPOINT, current.baseUrl().toString());
    }

    @Override
    public void stop() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    static LambdaEmulator current() {
        return current;
    }
}
