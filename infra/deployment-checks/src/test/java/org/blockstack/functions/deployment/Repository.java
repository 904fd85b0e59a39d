package org.blockstack.functions.deployment;

import java.nio.file.Files;
import java.nio.file.Path;

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
}
