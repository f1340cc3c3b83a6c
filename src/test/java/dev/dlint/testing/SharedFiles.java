package dev.dlint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The read-only conformance files and corpus in {@code ../shared}. Tests that need them skip with a visible message
 * when the folder is absent; nothing from it is ever copied into the repository.
 */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("dlint.shared");
        return Path.of(configured != null ? configured : "../shared").toAbsolutePath().normalize();
    }

    /** The path below {@code ../shared}, or a skipped test when it does not exist. */
    public static Path require(String relative) {
        Path path = root().resolve(relative);
        if (!Files.exists(path)) {
            String message = path + " not found: this part of the test suite is skipped (it reads ../shared)";
            System.err.println("SKIPPED: " + message);
            Assumptions.abort(message);
        }
        return path;
    }

    /** The repository root. */
    public static Path projectRoot() {
        String configured = System.getProperty("dlint.basedir");
        return Path.of(configured != null ? configured : ".").toAbsolutePath().normalize();
    }
}
