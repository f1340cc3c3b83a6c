package dev.dlint.report;

import java.util.Optional;

/**
 * One rule's documentation ({@code rules/<Rule>.md}), or a stand-in made from the rule's summary when the rule has
 * no document. Documents follow a fixed template: a {@code # Rule} title, the one-line summary, then the sections
 * {@code ## What it flags}, {@code ## Why it matters}, {@code ## Examples}, {@code ## How to fix}, {@code ## Aliases}.
 *
 * @param rule     the rule's name
 * @param markdown the whole document, or the summary when there is none
 * @param found    whether the document exists
 */
public record RuleDoc(String rule, String markdown, boolean found) {

    /** The document without its {@code # Rule} title line: what help panels show under the rule's name. */
    public String body() {
        String text = markdown.stripLeading();
        if (text.startsWith("# ")) {
            int end = text.indexOf('\n');
            return end < 0 ? "" : text.substring(end + 1).strip();
        }
        return text.strip();
    }

    /** {@link #body()} as plain text, for consumers that cannot render Markdown. */
    public String bodyText() {
        return MarkdownText.toPlainText(body());
    }

    /** The Markdown of a {@code ## heading} section, without the heading; empty when the section is missing. */
    public Optional<String> section(String heading) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder out = null;
        boolean inFence = false;
        for (String line : lines) {
            boolean fence = line.startsWith("```");
            if (!inFence && line.startsWith("## ")) {
                if (out != null) {
                    break;
                }
                if (line.substring(3).strip().equalsIgnoreCase(heading)) {
                    out = new StringBuilder();
                }
                continue;
            }
            if (fence) {
                inFence = !inFence;
            }
            if (out != null) {
                out.append(line).append('\n');
            }
        }
        if (out == null || out.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(out.toString().strip());
    }

    /**
     * One to three sentences on what the rule flags: the first paragraph of {@code ## What it flags} as plain text,
     * else {@code fallback} (the rule's summary).
     */
    public String description(String fallback) {
        Optional<String> whatItFlags = section("What it flags");
        if (whatItFlags.isEmpty()) {
            return fallback;
        }
        String text = whatItFlags.get();
        int paragraphEnd = text.indexOf("\n\n");
        String paragraph = paragraphEnd < 0 ? text : text.substring(0, paragraphEnd);
        String plain = MarkdownText.toPlainText(paragraph).replace('\n', ' ').strip();
        return plain.isEmpty() ? fallback : plain;
    }
}
