package dev.dlint.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.testing.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages of src/main/java form no cycle, and the layers keep their direction: the rule API and the engine know
 * no concrete rule, reporters only render. Dependencies are read from the sources: imports and fully qualified
 * names outside comments.
 */
class PackageDependenciesTest {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.dlint(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private static Map<String, Set<String>> dependencies;

    @BeforeAll
    static void readSources() throws IOException {
        dependencies = new TreeMap<>();
        Path root = SharedFiles.projectRoot().resolve("src/main/java");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Matcher pkg = PACKAGE.matcher(text);
                if (!pkg.find()) {
                    continue;
                }
                Set<String> uses = dependencies.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher ref = REFERENCE.matcher(COMMENT.matcher(text).replaceAll(""));
                while (ref.find()) {
                    if (!ref.group(1).equals(pkg.group(1))) {
                        uses.add(ref.group(1));
                    }
                }
            }
        }
    }

    @Test
    void packagesFormNoCycle() {
        assertThat(cycles()).as("package cycles").isEmpty();
    }

    @Test
    void onlyTheCatalogueAndTheCommandLineKnowConcreteRules() {
        for (Map.Entry<String, Set<String>> entry : dependencies.entrySet()) {
            String pkg = entry.getKey();
            if (pkg.startsWith("dev.dlint.rules") || pkg.equals("dev.dlint.catalog") || pkg.equals("dev.dlint.cli")) {
                continue;
            }
            assertThat(entry.getValue()).as(pkg + " depends on concrete rules or the catalogue")
                    .noneMatch(p -> p.startsWith("dev.dlint.rules") || p.equals("dev.dlint.catalog"));
        }
    }

    @Test
    void layersKeepTheirDirection() {
        assertThat(uses("dev.dlint.rule")).as("the rule API")
                .noneMatch(p -> p.matches("dev\\.dlint\\.(engine|config|report|cli)(\\..*)?"));
        assertThat(uses("dev.dlint.model")).as("the model").allMatch(p -> p.matches("dev\\.dlint\\.(text|shell\\.script)"));
        assertThat(uses("dev.dlint.text")).as("text").isEmpty();
        assertThat(uses("dev.dlint.report")).as("reporters").noneMatch(p -> p.equals("dev.dlint.config"));
        assertThat(uses("dev.dlint.engine")).as("the engine").noneMatch(p -> p.startsWith("dev.dlint.cli"));
    }

    private static Set<String> uses(String pkg) {
        return dependencies.getOrDefault(pkg, Set.of());
    }

    /** Strongly connected components of more than one package (Tarjan's algorithm). */
    private static List<List<String>> cycles() {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new HashSet<>();
        List<List<String>> found = new ArrayList<>();
        int[] counter = {0};
        for (String start : dependencies.keySet()) {
            if (!index.containsKey(start)) {
                connect(start, index, low, stack, onStack, found, counter);
            }
        }
        return found;
    }

    private static void connect(String v, Map<String, Integer> index, Map<String, Integer> low, Deque<String> stack,
                                Set<String> onStack, List<List<String>> found, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : uses(v)) {
            if (!index.containsKey(w)) {
                connect(w, index, low, stack, onStack, found, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                component.sort(null);
                found.add(component);
            }
        }
    }
}
