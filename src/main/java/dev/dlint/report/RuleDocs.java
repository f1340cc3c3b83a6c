package dev.dlint.report;

import dev.dlint.rule.RuleMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads rule documents. In the jar they are resources at {@code dev/dlint/rules/docs/<Rule>.md} (copied from
 * {@code rules/} by the build). A rule without a document gets its summary as documentation, so reports never lack
 * help text. Documents are read on first use and kept for the life of this object (one run).
 */
public final class RuleDocs {

    /** Where the build puts {@code rules/*.md} inside the jar. */
    public static final String RESOURCE_FOLDER = "/dev/dlint/rules/docs/";

    private final Function<String, Optional<String>> source;
    private final Map<String, Optional<String>> loaded = new HashMap<>();

    private RuleDocs(Function<String, Optional<String>> source) {
        this.source = source;
    }

    /** The documents packaged with dlint. */
    public static RuleDocs packaged() {
        return new RuleDocs(RuleDocs::readResource);
    }

    /** Documents from a map of rule name to Markdown (for tests and tools). */
    public static RuleDocs of(Map<String, String> documents) {
        Map<String, String> copy = Map.copyOf(documents);
        return new RuleDocs(name -> Optional.ofNullable(copy.get(name)));
    }

    /** The rule's document, or a stand-in holding its summary. */
    public RuleDoc get(RuleMetadata rule) {
        Optional<String> markdown = loaded.computeIfAbsent(rule.name(), source);
        return markdown.map(text -> new RuleDoc(rule.name(), normalize(text), true))
                .orElseGet(() -> new RuleDoc(rule.name(), rule.summary(), false));
    }

    private static String normalize(String text) {
        String lf = text.replace("\r\n", "\n");
        return lf.startsWith("\uFEFF") ? lf.substring(1) : lf;
    }

    private static Optional<String> readResource(String name) {
        if (!name.matches("[A-Za-z0-9]+")) {
            return Optional.empty();
        }
        try (InputStream in = RuleDocs.class.getResourceAsStream(RESOURCE_FOLDER + name + ".md")) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the documentation of " + name, e);
        }
    }
}
