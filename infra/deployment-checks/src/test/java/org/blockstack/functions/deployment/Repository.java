package org.blockstack.functions.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Folders of this repository, found from the test's working directory (a module folder). */
final class Repository {
    private Repository() {
    }

    static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("terraform/versions.tf")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (a folder with terraform/versions.tf) above "
                + Path.of("").toAbsolutePath());
    }

    static Path terraform() {
        return root().resolve("terraform");
    }

    static Path localstack() {
        return root().resolve("localstack");
    }

    static Path functionModule(String module) {
        return root().resolve("functions").resolve(module);
    }

    /** The compiled classes of a function module, loaded (not initialised) from this test's class path. */
    static List<Class<?>> classesOf(String module) {
        Path classesDir = functionModule(module).resolve("target/classes");
        if (!Files.isDirectory(classesDir)) {
            throw new IllegalStateException("no compiled classes at " + classesDir + " (build the module first)");
        }
        try (Stream<Path> files = Files.walk(classesDir)) {
            List<Class<?>> classes = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".class")).toList()) {
                String name = classesDir.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    classes.add(Class.forName(name, false, Repository.class.getClassLoader()));
                } catch (ClassNotFoundException | LinkageError e) {
                    throw new IllegalStateException(name + " is not on the test class path: add module " + module
                            + " as a test dependency of infra/deployment-checks", e);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
