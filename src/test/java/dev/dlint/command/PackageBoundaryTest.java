package dev.dlint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The command layer imports nothing of dlint but the shell parser, so that rules and the image analyzer can share it. */
class PackageBoundaryTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?(dev\\.dlint\\.[\\w.]+)", Pattern.MULTILINE);

    @Test
    void dependsOnlyOnTheShellParser() throws IOException {
        Path sources = SharedFiles.projectRoot().resolve("src/main/java/dev/dlint/command");
        List<String> offending = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher imports = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (imports.find()) {
                    String imported = imports.group(1);
                    if (!imported.startsWith("dev.dlint.shell.script.") && !imported.startsWith("dev.dlint.command.")) {
                        offending.add(file.getFileName() + ": " + imported);
                    }
                }
            }
        }
        assertThat(sources).isDirectory();
        assertThat(offending).isEmpty();
    }
}
