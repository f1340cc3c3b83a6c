package dev.dlint.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.shell.script.ParsedScript;
import dev.dlint.shell.script.ShellParser;
import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every shell command of the {@code RUN} instructions of the shared Dockerfile corpus (read in place, never copied)
 * as invocations: nothing may throw, and the counts of tools and of options the specs do not know are printed, to show
 * where the specs fall short. Skipped with a message when {@code ../shared} is absent.
 */
class CorpusInvocationsTest {

    @Test
    void readsEveryCommandOfTheCorpus() throws IOException {
        Path corpus = SharedFiles.require("corpus/dockerfiles");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().endsWith(".tsv") && !p.getFileName().toString().endsWith(".md"))
                    .sorted().collect(Collectors.toList());
        }
        Map<String, Integer> tools = new TreeMap<>();
        Map<String, Integer> unknownOptions = new TreeMap<>();
        Map<String, Integer> unknownTools = new TreeMap<>();
        Map<String, Integer> dashValues = new TreeMap<>();
        int scripts = 0;
        int commands = 0;
        int invocations = 0;
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String script : runScripts(text)) {
                scripts++;
                ParsedScript parsed = ShellParser.parse(script);
                commands += parsed.commands().size();
                for (Invocation invocation : Invocations.all(parsed)) {
                    invocations++;
                    String tool = invocation.tool() + (invocation.subcommands().isEmpty() ? ""
                            : " " + String.join(" ", invocation.subcommands()));
                    if (invocation.known()) {
                        tools.merge(invocation.tool(), 1, Integer::sum);
                        for (Option option : invocation.options()) {
                            if (!option.known()) {
                                unknownOptions.merge(tool + " " + option.spelled(), 1, Integer::sum);
                            }
                            boolean separate = option.valueWord().isPresent() && option.valueWord().get() != option.word();
                            if (separate && option.value().get().startsWith("-") && option.value().get().length() > 1) {
                                dashValues.merge(tool + " " + option.spelled(), 1, Integer::sum);
                            }
                        }
                    } else {
                        unknownTools.merge(invocation.tool(), 1, Integer::sum);
                    }
                }
            }
        }
        System.out.printf("Command corpus: %d files, %d RUN scripts, %d commands, %d invocations, %d known tools, "
                + "%d distinct unknown options%n", files.size(), scripts, commands, invocations, tools.size(),
                unknownOptions.size());
        System.out.println("  tools seen: " + top(tools, 60));
        System.out.println("  unknown options: " + top(unknownOptions, 80));
        System.out.println("  unknown tools: " + top(unknownTools, 40));
        System.out.println("  values that look like options (a flag taken for a value-taking option?): "
                + top(dashValues, 40));
        assertThat(scripts).as("RUN scripts found").isGreaterThan(4_000);
        assertThat(invocations).isGreaterThan(scripts);
    }

    private static String top(Map<String, Integer> counts, int limit) {
        return counts.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<String, Integer>::getValue).reversed())
                .limit(limit).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * The shell text of the {@code RUN} instructions, roughly: the instruction's line and its backslash continuations
     * (comment lines inside skipped), without the {@code RUN} keyword and its {@code --flags}; exec-form ones left out.
     */
    static List<String> runScripts(String dockerfile) {
        List<String> scripts = new ArrayList<>();
        String[] lines = dockerfile.replace("\r", "").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.toUpperCase(Locale.ROOT).startsWith("RUN ")) {
                continue;
            }
            StringBuilder script = new StringBuilder();
            String current = line.substring(4);
            while (current.endsWith("\\") && i + 1 < lines.length) {
                script.append(current, 0, current.length() - 1).append(' ');
                i++;
                current = lines[i].strip();
                while (current.startsWith("#") && i + 1 < lines.length) {
                    i++;
                    current = lines[i].strip();
                }
            }
            script.append(current);
            String text = script.toString().strip();
            while (text.startsWith("--")) {
                int space = text.indexOf(' ');
                text = space < 0 ? "" : text.substring(space + 1).strip();
            }
            if (!text.startsWith("[") && !text.isEmpty()) {
                scripts.add(text);
            }
        }
        return scripts;
    }
}
