package org.blockstack.functions.lambdaruntime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.test.common.ArtifactLauncher;
import io.quarkus.test.common.ListeningAddress;

/** Starts the artifact under test as a Lambda function polling the test's mock event server. */
final class LambdaJvmLauncher implements ArtifactLauncher<ArtifactLauncher.InitContext> {
    private static final String MOCK_SERVER_API = "quarkus-internal.aws-lambda.test-api";
    private static final String MOCK_SERVER_PORT = "quarkus.lambda.mock-event-server.test-port";

    private final LambdaArtifact artifact;
    private final Map<String, String> systemProperties = new LinkedHashMap<>();
    private InitContext context;
    private LambdaFunctionProcess process;

    LambdaJvmLauncher(LambdaArtifact artifact) {
        this.artifact = artifact;
    }

    @Override
    public void init(InitContext context) {
        this.context = context;
    }

    @Override
    public void includeAsSysProps(Map<String, String> properties) {
        systemProperties.putAll(properties);
    }

    @Override
    public Optional<ListeningAddress> start() {
        Map<String, String> devServices = context.getDevServicesLaunchResult().properties();
        String runtimeApi = Optional.ofNullable(devServices.get(MOCK_SERVER_API)).orElseThrow(() -> new IllegalStateException(
                "Quarkus started no mock event server for this test (" + MOCK_SERVER_API + " is unset)"));
        int port = Integer.parseInt(devServices.get(MOCK_SERVER_PORT));
        List<String> jvmOptions = new ArrayList<>(LambdaFunctionProcess.LAMBDA_JVM_OPTIONS);
        jvmOptions.addAll(context.argLine());
        systemProperties.forEach((key, value) -> jvmOptions.add("-D" + key + "=" + value));
        if (context.testProfile() != null && !context.testProfile().isBlank()) {
            jvmOptions.add("-Dquarkus.profile=" + context.testProfile());
        }
        process = LambdaFunctionProcess.start(artifact, artifact.buildDir().getParent().getFileName().toString(), 1024,
                runtimeApi.replace("localhost", "127.0.0.1"), context.env(), jvmOptions);
        // tests talk to the mock event server, which queues their events until the function polls
        return Optional.of(new ListeningAddress(port, "http"));
    }

    @Override
    public LaunchResult runToCompletion(String[] args) {
        throw new UnsupportedOperationException("a Lambda function is not a command: it runs until stopped");
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
