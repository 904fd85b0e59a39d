package org.blockstack.functions.lambdaruntime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A Lambda artifact as the Quarkus build leaves it in a module's {@code target/}: {@code function.zip}
 * (what is uploaded to Lambda), {@code quarkus-artifact.properties} (JVM or native) and
 * {@code sam.jvm.yaml} (the handler Quarkus generated for the module).
 */
public record LambdaArtifact(Path buildDir) {
    private static final Pattern HANDLER = Pattern.compile("(?m)^\\s*Handler:\\s*(\\S+)\\s*$");
    private static final String TASK_DIR = "lambda-task";

    public LambdaArtifact {
        buildDir = buildDir.toAbsolutePath().normalize();
    }

    /** The artifact of the Maven module in {@code moduleDir}, built into its {@code target/}. */
    public static LambdaArtifact ofModule(Path moduleDir) {
        return new LambdaArtifact(moduleDir.resolve("target"));
    }

    /** True when {@code buildDir} holds a Lambda artifact (a function.zip and its SAM template). */
    public static boolean isLambdaBuild(Path buildDir) {
        return Files.isRegularFile(buildDir.resolve("function.zip")) && Files.isRegularFile(buildDir.resolve("sam.jvm.yaml"));
    }

    public Path functionZip() {
        return require(buildDir.resolve("function.zip"), "function.zip (run mvn package on the module)");
    }

    public boolean isNative() {
        Path properties = buildDir.resolve("quarkus-artifact.properties");
        if (!Files.isRegularFile(properties)) {
            return false;
        }
        Properties artifact = new Properties();
        try (InputStream in = Files.newInputStream(properties)) {
            artifact.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + properties, e);
        }
        return "native".equals(artifact.getProperty("type"));
    }

    /** The JVM handler, as in Quarkus' generated SAM template (Lambda's Handler setting). */
    public String jvmHandler() {
        Path template = require(buildDir.resolve("sam.jvm.yaml"), "sam.jvm.yaml (Quarkus writes it with function.zip)");
        try {
            Matcher matcher = HANDLER.matcher(Files.readString(template));
            if (!matcher.find()) {
                throw new IllegalStateException(template + " names no Handler");
            }
            return matcher.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + template, e);
        }
    }

    /**
     * {@code function.zip} unpacked as Lambda unpacks it into {@code /var/task}, once per build of
     * the zip (a later build replaces the folder).
     */
    public Path taskRoot() {
        Path zip = functionZip();
        Path task = buildDir.resolve(TASK_DIR);
        Path stamp = task.resolve(".unpacked-from");
        try {
            String zipStamp = Files.size(zip) + "@" + Files.getLastModifiedTime(zip).toMillis();
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(zipStamp)) {
                return task;
            }
            deleteRecursively(task);
            unzip(zip, task);
            Files.writeString(stamp, zipStamp);
            return task;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip + " into " + task, e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(file.entries())) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("zip entry " + entry.getName() + " escapes the task folder");
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                if (entry.getName().equals("bootstrap") || entry.getName().equals("runner")) {
                    Files.setPosixFilePermissions(out, EnumSet.of(PosixFilePermission.OWNER_READ,
                            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE));
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path require(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + what + " at " + file);
        }
        return file;
    }
}
