package dev.dlint.shell.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dlint.text.GoSpace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs BuildKit's own shell-lexer oracles, {@code envVarTest} and {@code wordsTest}, read in place from
 * {@code <dlint.shared>/conformance/buildkit-shell/} (never copied into this repository). The files are
 * parsed the way BuildKit's {@code lex_test.go} parses them.
 */
class BuildKitShellConformanceTest {

    private static final ShellEnvironment ENV_VAR_TEST_ENVIRONMENT = ShellEnvironment.of(Map.of(
            "PWD", "/home",
            "SHELL", "bash",
            "KOREAN", "한국어",
            "NULL", ""));

    private final ShellLexer lexer = ShellLexer.withDefaults();

    @TestFactory
    Stream<DynamicTest> envVarTest() throws IOException {
        Path file = oracle("envVarTest");
        if (!Files.exists(file)) {
            return skipped(file);
        }
        List<DynamicTest> tests = new ArrayList<>();
        List<String> lines = goLines(Files.readString(file, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#") || trimSpace(line).isEmpty()) {
                continue;
            }
            String[] fields = trimSpace(line).split("\\|", -1);
            assertThat(fields).as("line %d: %s", i + 1, line).hasSize(3);
            String platform = trimSpace(fields[0]);
            String input = trimSpace(fields[1]);
            String expected = trimSpace(fields[2]);
            assertThat(platform).as("line %d", i + 1).isIn("A", "U", "W");
            if (platform.equals("W")) {
                continue; // Windows-only: case-insensitive names, not supported
            }
            tests.add(DynamicTest.dynamicTest("line " + (i + 1) + ": " + input + " → " + expected,
                    () -> checkEnvVarCase(input, expected)));
        }
        assertThat(tests).hasSizeGreaterThan(200);
        return tests.stream();
    }

    private void checkEnvVarCase(String input, String expected) throws ShellLexException {
        if (expected.equals("error")) {
            assertThatThrownBy(() -> lexer.processWord(input, ENV_VAR_TEST_ENVIRONMENT))
                    .isInstanceOf(ShellLexException.class);
        } else {
            assertThat(lexer.processWord(input, ENV_VAR_TEST_ENVIRONMENT)).isEqualTo(expected);
        }
    }

    @TestFactory
    Stream<DynamicTest> wordsTest() throws IOException {
        Path file = oracle("wordsTest");
        if (!Files.exists(file)) {
            return skipped(file);
        }
        List<DynamicTest> tests = new ArrayList<>();
        List<String> assignments = new ArrayList<>();
        List<String> lines = goLines(Files.readString(file, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("ENV ")) {
                assignments.add(trimLeft(line.substring(3), ' '));
                continue;
            }
            String[] fields = line.split("\\|", -1);
            assertThat(fields).as("line %d: %s", i + 1, line).hasSize(2);
            String input = trimSpace(fields[0]);
            List<String> expected = Arrays.asList(trimLeft(fields[1], ' ').split(",", -1));
            ShellEnvironment environment = ShellEnvironment.fromAssignments(List.copyOf(assignments));
            tests.add(DynamicTest.dynamicTest("line " + (i + 1) + ": " + input + " → " + expected,
                    () -> assertThat(splitOrError(input, environment)).isEqualTo(expected)));
        }
        assertThat(tests).hasSizeGreaterThan(20);
        return tests.stream();
    }

    private List<String> splitOrError(String input, ShellEnvironment environment) {
        try {
            return lexer.process(input, environment).wordTexts();
        } catch (ShellLexException e) {
            return List.of("error");
        }
    }

    private static Path oracle(String name) {
        return Path.of(System.getProperty("dlint.shared", "../shared"), "conformance", "buildkit-shell", name);
    }

    /** A single skipped test that says why, so that a missing folder shows up in the test report. */
    private static Stream<DynamicTest> skipped(Path file) {
        return Stream.of(DynamicTest.dynamicTest("conformance skipped", () -> Assumptions.assumeTrue(false,
                file + " is missing; ../shared not found: conformance skipped")));
    }

    /** Lines as Go's {@code bufio.Scanner} yields them: split at LF, one trailing CR dropped. */
    private static List<String> goLines(String content) {
        List<String> lines = new ArrayList<>(Arrays.asList(content.split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        lines.replaceAll(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        return lines;
    }

    /** Go's {@code strings.TrimSpace}, which trims {@code unicode.IsSpace} characters. */
    private static String trimSpace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && GoSpace.isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && GoSpace.isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static String trimLeft(String text, char cut) {
        int start = 0;
        while (start < text.length() && text.charAt(start) == cut) {
            start++;
        }
        return text.substring(start);
    }
}
