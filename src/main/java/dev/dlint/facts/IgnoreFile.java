package dev.dlint.facts;

import dev.dlint.context.DockerIgnore;
import dev.dlint.context.IgnorePattern;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.List;
import java.util.Objects;

/**
 * The {@code .dockerignore} (or {@code <Dockerfile>.dockerignore}) a build uses: where it is, its text, and the
 * patterns read from it as BuildKit reads them. Rules point at its lines and fix it by appending lines.
 *
 * @param path   the file as reports name it (relative to the working directory when the inputs were)
 * @param text   its text
 * @param ignore its patterns
 */
public record IgnoreFile(String path, SourceText text, DockerIgnore ignore) {

    public IgnoreFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ignore, "ignore");
    }

    /** The file's name without its directory ({@code .dockerignore}, {@code Dockerfile.dockerignore}), for messages. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The range of the line a pattern was read from. */
    public SourceRange range(IgnorePattern pattern) {
        int line = Math.max(1, Math.min(pattern.line(), text.lineCount()));
        return text.lineRange(line);
    }

    /** The point just past the text: where lines are appended. */
    public SourceRange end() {
        return text.range(text.length(), text.length());
    }

    /** The range of the last line (1:1 of an empty file): where reports point for lines to append. */
    public SourceRange lastLine() {
        return text.length() == 0 ? new SourceRange(1, 1, 1, 1) : text.lineRange(text.lineCount());
    }

    /** The text that appends {@code lines} at {@link #end()}: a newline first when the last line has none. */
    public String appended(List<String> lines) {
        StringBuilder out = new StringBuilder();
        String t = text.text();
        if (!t.isEmpty() && !t.endsWith("\n")) {
            out.append('\n');
        }
        for (String line : lines) {
            out.append(line).append('\n');
        }
        return out.toString();
    }
}
