package org.blockstack.functions.lambdaruntime;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * One function instance, started as Lambda starts it: a JVM artifact runs AWS's runtime
 * interface client ({@code AWSLambda}) with the handler on the class path {@code task root +
 * task root/lib/*}, as in the java21 runtime; a native artifact runs its {@code bootstrap}. Either
 * polls the Runtime API at {@code runtimeApi} ({@code host:port[/base path]}).
 */
public final class LambdaFunctionProcess implements AutoCloseable {
    /** The options Lambda's java21 runtime starts the JVM with (besides heap sizing). */
    public static final List<String> LAMBDA_JVM_OPTIONS = List.of(
            "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");
    private static final String RUNTIME_CLIENT_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /** A class from each jar the runtime client needs besides what a function ships. */
    private static final List<String> RUNTIME_CLIENT_CLASSES = List.of(
            RUNTIME_CLIENT_MAIN,
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "com.amazonaws.services.lambda.runtime.Context",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");

    private final Process process;
    private final long startedNanos;
    private final long startedEpochMillis;
    private final Path log;

    private LambdaFunctionProcess(Process process, long startedNanos, long startedEpochMillis, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.startedEpochMillis = startedEpochMillis;
        this.log = log;
    }

    /**
     * @param functionName Lambda's function name (AWS_LAMBDA_FUNCTION_NAME)
     * @param environment the function's configuration, on top of what Lambda sets
     * @param jvmOptions JVM options (JVM artifacts only), e.g. {@link #LAMBDA_JVM_OPTIONS} and -D settings
     */
    public static LambdaFunctionProcess start(LambdaArtifact artifact, String functionName, int memoryMb,
            String runtimeApi, Map<String, String> environment, List<String> jvmOptions) {
        Path task = artifact.taskRoot();
        List<String> command = new ArrayList<>();
        String handler;
        if (artifact.isNative()) {
            handler = "bootstrap";
            command.add(task.resolve("bootstrap").toString());
        } else {
            handler = artifact.jvmHandler();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvmOptions);
            command.add("-Xmx" + Math.max(64, memoryMb * 85 / 100) + "m");
            command.add("-cp");
            command.add(task + File.pathSeparator + task.resolve("lib") + File.separator + "*"
                    + File.pathSeparator + String.join(File.pathSeparator, runtimeClientJars()));
            command.add(RUNTIME_CLIENT_MAIN);
            command.add(handler);
        }
        Map<String, String> lambdaEnvironment = new LinkedHashMap<>();
        lambdaEnvironment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        lambdaEnvironment.put("AWS_LAMBDA_FUNCTION_NAME", functionName);
        lambdaEnvironment.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        lambdaEnvironment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMb));
        lambdaEnvironment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + functionName);
        lambdaEnvironment.put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
        lambdaEnvironment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        lambdaEnvironment.put("AWS_REGION", "us-east-1");
        lambdaEnvironment.put("LAMBDA_TASK_ROOT", task.toString());
        lambdaEnvironment.put("_HANDLER", handler);
        lambdaEnvironment.put("TZ", ":UTC");
        lambdaEnvironment.putAll(environment);
        try {
            Path log = Files.createTempFile("lambda-" + functionName + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(task.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            builder.environment().putAll(lambdaEnvironment);
            long startedEpochMillis = System.currentTimeMillis();
            long started = System.nanoTime();
            return new LambdaFunctionProcess(builder.start(), started, startedEpochMillis, log);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + command.get(0), e);
        }
    }

    /** The runtime interface client and what it needs, as jar files of this class path. */
    static List<String> runtimeClientJars() {
        Set<String> jars = new LinkedHashSet<>();
        for (String className : RUNTIME_CLIENT_CLASSES) {
            try {
                Class<?> type = Class.forName(className, false, LambdaFunctionProcess.class.getClassLoader());
                jars.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (ClassNotFoundException | URISyntaxException e) {
                throw new IllegalStateException("the Lambda runtime interface client needs " + className
                        + " on the class path (dependency com.amazonaws:aws-lambda-java-runtime-interface-client)", e);
            }
        }
        return List.copyOf(jars);
    }

    /** {@link System#nanoTime()} just before the process was started. */
    public long startedNanos() {
        return startedNanos;
    }

    /** Wall-clock time just before the process was started, to compare with its log's timestamps. */
    public long startedEpochMillis() {
        return startedEpochMillis;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Resident memory now (VmRSS), in KiB; empty where /proc is not available or the process ended. */
    public OptionalLong residentKb() {
        return procStatus("VmRSS:");
    }

    /** Peak resident memory so far (VmHWM), in KiB. */
    public OptionalLong peakResidentKb() {
        return procStatus("VmHWM:");
    }

    private OptionalLong procStatus(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith(field)) {
                    return OptionalLong.of(Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process is gone, or this is not Linux
        }
        return OptionalLong.empty();
    }

    /** Everything the function printed so far (its log). */
    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // a temp file left behind is harmless
        }
    }
}
