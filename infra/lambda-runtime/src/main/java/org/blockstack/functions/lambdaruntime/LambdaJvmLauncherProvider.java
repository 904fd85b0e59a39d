package org.blockstack.functions.lambdaruntime;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.test.common.ArtifactLauncher;
import io.quarkus.test.common.ArtifactLauncher.InitContext.DevServicesLaunchResult;
import io.quarkus.test.junit.launcher.ArtifactLauncherProvider;

/**
 * Lets {@code @QuarkusIntegrationTest} run a Lambda function's JVM artifact. Quarkus compiles the
 * Runtime API poll loop only into native binaries (on AWS's java21 runtime, AWS's runtime client
 * calls the handler instead), so its own jar launcher starts a process that never takes an event.
 * This provider starts {@code function.zip} under AWS's runtime client against the mock event
 * server Quarkus runs for the test. Native artifacts stay with Quarkus' native launcher.
 *
 * <p>Quarkus asks the providers in class path order and takes the first that accepts the
 * artifact, so this module must come before {@code quarkus-junit} on the test class path.
 */
public class LambdaJvmLauncherProvider implements ArtifactLauncherProvider {
    @Override
    public boolean supportsArtifactType(String type, String testProfile) {
        return "jar".equals(type) && LambdaArtifact.isLambdaBuild(Path.of("target").toAbsolutePath());
    }

    @Override
    public ArtifactLauncher<? extends ArtifactLauncher.InitContext> create(CreateContext context) {
        Config config = ConfigProvider.getConfig();
        LambdaJvmLauncher launcher = new LambdaJvmLauncher(new LambdaArtifact(context.buildOutputDirectory()));
        launcher.init(new Init(
                config.getOptionalValue("quarkus.test.integration-test-profile", String.class).orElse("prod"),
                config.getOptionalValue("quarkus.test.arg-line", String.class)
                        .map(line -> Arrays.asList(line.trim().split("\\s+"))).orElse(List.of()),
                context.devServicesLaunchResult()));
        return launcher;
    }

    /** What Quarkus' own launchers get; a Lambda function has no HTTP port of its own. */
    private record Init(String testProfile, List<String> argLine, DevServicesLaunchResult devServices)
            implements ArtifactLauncher.InitContext {
        @Override
        public int httpPort() {
            return 0;
        }

        @Override
        public int httpsPort() {
            return 0;
        }

        @Override
        public Duration waitTime() {
            return Duration.ofMinutes(1);
        }

        @Override
        public Duration shutdownTimeout() {
            return Duration.ofSeconds(10);
        }

        @Override
        public Map<String, String> env() {
            return Map.of();
        }

        @Override
        public DevServicesLaunchResult getDevServicesLaunchResult() {
            return devServices;
        }
    }
}
