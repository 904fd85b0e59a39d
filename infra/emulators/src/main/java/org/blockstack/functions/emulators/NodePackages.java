package org.blockstack.functions.emulators;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * Installs pinned Node packages (a {@code package.json} with its lock file, plus scripts) into a
 * cache folder keyed by the hash of their files, with {@code npm ci}, once per content version.
 * A file lock serialises concurrent installs from parallel test JVMs. Nothing is written where
 * the files came from.
 */
public final class NodePackages {
    private static final Logger LOG = Logger.getLogger(NodePackages.class);
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);

    private NodePackages() {
    }

    /** The output and exit code of a finished command. */
    public record Result(int exitCode, String output) {
    }

    /**
     * Installs {@code files} (relative path to content) as package {@code name}; returns the
     * folder holding them and their {@code node_modules}.
     */
    public static Path install(String name, Map<String, byte[]> files) {
        Map<String, byte[]> sorted = new TreeMap<>(files);
        if (!sorted.containsKey("package.json") || !sorted.containsKey("package-lock.json")) {
            throw new EmulatorException("Node package " + name + " needs package.json and package-lock.json");
        }
        Path dir = cacheRoot().resolve(name + "-" + hash(sorted));
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(dir.resolve(".install.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = channel.lock()) {
                for (Map.Entry<String, byte[]> file : sorted.entrySet()) {
                    Path target = dir.resolve(file.getKey()).normalize();
                    if (!target.startsWith(dir)) {
                        throw new EmulatorException("file " + file.getKey() + " would land outside " + dir);
                    }
                    Files.createDirectories(target.getParent());
                    Path temp = Files.createTempFile(target.getParent(), ".copy", ".tmp");
                    Files.write(temp, file.getValue());
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                Path marker = dir.resolve("node_modules/.installed");
                if (!Files.exists(marker)) {
                    LOG.infof("installing Node package %s with npm ci into %s", name, dir);
                    // Install scripts are skipped: the packages we pin need none (native modules ship prebuilt).
                    Result npm = run(dir, INSTALL_TIMEOUT, List.of("npm", "ci", "--ignore-scripts", "--no-audit",
                            "--no-fund", "--loglevel=error"), Map.of());
                    if (npm.exitCode() != 0) {
                        throw new EmulatorException("npm ci for " + name + " failed (exit " + npm.exitCode() + ") in "
                                + dir + ":\n" + npm.output());
                    }
                    Files.writeString(marker, "ok\n");
                }
            }
            return dir;
        } catch (IOException e) {
            throw new EmulatorException("cannot install Node package " + name + " into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Installs a copy of a package folder (its {@code node_modules}, if any, is not copied). */
    public static Path installCopyOf(String name, Path sourceDir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(sourceDir)) {
            paths.filter(Files::isRegularFile)
                    .filter(path -> !sourceDir.relativize(path).startsWith("node_modules"))
                    .forEach(path -> files.put(sourceDir.relativize(path).toString().replace('\\', '/'), read(path)));
        } catch (IOException e) {
            throw new EmulatorException("cannot read Node package folder " + sourceDir + ": " + e.getMessage(), e);
        }
        return install(name, files);
    }

    /** Reads a package's files from class-path resources under {@code resourceFolder}. */
    public static Map<String, byte[]> resources(String resourceFolder, String... names) {
        Map<String, byte[]> files = new TreeMap<>();
        for (String fileName : names) {
            String resource = "/" + resourceFolder + "/" + fileName;
            try (var in = NodePackages.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new EmulatorException("resource " + resource + " is missing from the class path");
                }
                files.put(fileName, in.readAllBytes());
            } catch (IOException e) {
                throw new EmulatorException("cannot read resource " + resource, e);
            }
        }
        return files;
    }

    /** Runs a command in {@code dir}, collecting stdout and stderr together. */
    public static Result run(Path dir, Duration timeout, List<String> command, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                    .directory(dir.toFile())
                    .redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            process.getOutputStream().close();
            StringBuilder output = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // process gone
                }
            }, "node-output");
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                reader.join(2000);
                throw new EmulatorException("'" + String.join(" ", command) + "' did not finish within " + timeout
                        + "; output so far:\n" + output);
            }
            reader.join();
            return new Result(process.exitValue(), output.toString());
        } catch (IOException e) {
            throw new EmulatorException("cannot run '" + String.join(" ", command) + "' (are Node.js 20+ and npm on "
                    + "the PATH?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmulatorException("interrupted while running '" + String.join(" ", command) + "'", e);
        }
    }

    /** {@code $BLOCKSTACK_FUNCTIONS_CACHE}, else {@code ~/.cache/blockstack-functions}. */
    public static Path cacheRoot() {
        String configured = System.getenv("BLOCKSTACK_FUNCTIONS_CACHE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("user.home"), ".cache", "blockstack-functions");
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(Map<String, byte[]> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach((name, content) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(content);
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
