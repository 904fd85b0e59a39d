package org.blockstack.functions.emulators;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

/**
 * dynalite (an open-source DynamoDB API server) as a Node child process on a free loopback port.
 *
 * <p>The pinned {@code package.json} and lock file ship inside this jar and are installed once
 * per version by {@link NodePackages}. The child exits when this JVM closes its stdin, so it
 * never outlives the process that started it.
 */
public final class DynaliteServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DynaliteServer.class);
    private static final String[] RESOURCES = {"package.json", "package-lock.json", "dynalite-server.cjs"};
    private static final Pattern PORT_LINE = Pattern.compile("\\{\"port\":(\\d+)}");
    private static final long START_TIMEOUT_SECONDS = 30;

    private final Process process;
    private final URI endpoint;
    private final Thread shutdownHook;

    private DynaliteServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
        this.shutdownHook = new Thread(process::destroy, "dynalite-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts an in-memory instance (tests). */
    public static DynaliteServer startInMemory() {
        return start(Optional.empty());
    }

    /** Starts an instance that keeps its tables under {@code dataDir} (the main job, so a restart resumes). */
    public static DynaliteServer startPersistent(Path dataDir) {
        return start(Optional.of(dataDir));
    }

    private static DynaliteServer start(Optional<Path> dataDir) {
        Path installDir = install();
        List<String> command = new ArrayList<>(List.of("node", installDir.resolve("dynalite-server.cjs").toString()));
        try {
            if (dataDir.isPresent()) {
                Files.createDirectories(dataDir.get());
                command.add(dataDir.get().toAbsolutePath().toString());
            }
            Process process = new ProcessBuilder(command)
                    .directory(installDir.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            int port = readPort(process);
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            LOG.infof("dynalite listening on %s (%s)", endpoint,
                    dataDir.map(d -> "data in " + d.toAbsolutePath()).orElse("in memory"));
            return new DynaliteServer(process, endpoint);
        } catch (IOException e) {
            throw new EmulatorException("cannot start dynalite with '" + String.join(" ", command)
                    + "': is Node.js (20 or later) on the PATH? " + e.getMessage(), e);
        }
    }

    private static int readPort(Process process) {
        CompletableFuture<Integer> port = CompletableFuture.supplyAsync(() -> {
            try {
                BufferedReader reader = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                for (String line; (line = reader.readLine()) != null;) {
                    Matcher matcher = PORT_LINE.matcher(line.trim());
                    if (matcher.matches()) {
                        drainInBackground(process.getInputStream());
                        return Integer.parseInt(matcher.group(1));
                    }
                }
                return -1;
            } catch (IOException e) {
                return -1;
            }
        });
        try {
            int value = port.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (value < 0) {
                throw new EmulatorException("dynalite exited before listening (exit code "
                        + waitForExit(process) + "); see its error output above");
            }
            return value;
        } catch (TimeoutException e) {
            process.destroyForcibly();
            throw new EmulatorException("dynalite did not report a port within " + START_TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new EmulatorException("interrupted while starting dynalite", e);
        } catch (ExecutionException e) {
            process.destroyForcibly();
            throw new EmulatorException("cannot read dynalite's port: " + e.getCause(), e.getCause());
        }
    }

    private static void drainInBackground(InputStream stream) {
        Thread drainer = new Thread(() -> {
            try {
                stream.transferTo(OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the child went away; nothing to drain
            }
        }, "dynalite-stdout");
        drainer.setDaemon(true);
        drainer.start();
    }

    private static int waitForExit(Process process) {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Installs the pinned dynalite package shipped in this jar (once per version). */
    static Path install() {
        return NodePackages.install("dynalite", NodePackages.resources("dynalite", RESOURCES));
    }

    public URI endpoint() {
        return endpoint;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // closing stdin is only the polite way to stop it
        }
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook runs anyway
        }
    }
}
