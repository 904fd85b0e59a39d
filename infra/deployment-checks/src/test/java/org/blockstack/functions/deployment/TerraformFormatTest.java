package org.blockstack.functions.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code terraform fmt -check -recursive} over terraform/ and localstack/, where Terraform is
 * installed (it is not a package of the registries CI can reach, so elsewhere this is skipped).
 * It parses every file, so a syntax error fails here too.
 */
class TerraformFormatTest {
    @Test
    void terraformFilesAreFormatted() throws Exception {
        Assumptions.assumeTrue(terraformInstalled(), "terraform is not installed; skipping terraform fmt -check");
        for (String dir : new String[] {"terraform", "localstack"}) {
            Process fmt = new ProcessBuilder("terraform", "fmt", "-check", "-recursive", "-diff", dir)
                    .directory(Repository.root().toFile()).redirectErrorStream(true).start();
            fmt.getOutputStream().close();
            String output = new String(fmt.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(fmt.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(fmt.exitValue()).as("terraform fmt -check -recursive %s (run terraform fmt -recursive):%n%s", dir, output)
                    .isZero();
        }
    }

    private static boolean terraformInstalled() {
        try {
            Process version = new ProcessBuilder("terraform", "version").redirectErrorStream(true).start();
            version.getInputStream().readAllBytes();
            return version.waitFor(1, TimeUnit.MINUTES) && version.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
