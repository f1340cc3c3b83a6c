package dev.dlint.rules.knowledge;

import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.IgnoreFile;
import dev.dlint.rule.Fix;
import dev.dlint.rule.TextEdit;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code .dockerignore} lines that exclude what a COPY sweeps in, as one fix of the ignore file: the lines that
 * are safe to add when there are any (see {@link ContextLitter#safeToExclude}), else all of them as an unsafe fix. So
 * {@code dlint fix} adds the safe lines first, and the rest remains a finding whose fix is unsafe.
 *
 * @param lines    the lines the fix adds
 * @param safe     whether the fix is safe
 * @param leftOut  the lines a safe fix leaves for review
 */
public record IgnoreLines(List<String> lines, boolean safe, List<String> leftOut) {

    public IgnoreLines {
        lines = List.copyOf(lines);
        leftOut = List.copyOf(leftOut);
    }

    /** The lines for the sweeps of one COPY. */
    public static IgnoreLines of(List<ContextLitter.Sweep> sweeps, List<ContextLitter.CopySweeps> all,
            DockerfileFacts facts, Optional<IgnoreFile> ignoreFile) {
        Set<String> safe = new LinkedHashSet<>();
        Set<String> unsafe = new LinkedHashSet<>();
        for (ContextLitter.Sweep sweep : sweeps) {
            (ContextLitter.safeToExclude(sweep, all, facts, ignoreFile) ? safe : unsafe).add(sweep.ignoreLine());
        }
        unsafe.removeAll(safe);
        if (safe.isEmpty()) {
            return new IgnoreLines(new ArrayList<>(unsafe), false, List.of());
        }
        return new IgnoreLines(new ArrayList<>(safe), true, new ArrayList<>(unsafe));
    }

    /** {@code `.git`, `**}{@code /__pycache__`}. */
    public static String quoted(List<String> lines) {
        List<String> q = lines.stream().map(l -> "`" + l + "`").toList();
        return ContextCopies.listed(q);
    }

    /** The advice about the lines a safe fix leaves out, or nothing. */
    public static String review(IgnoreLines lines) {
        if (lines.leftOut().isEmpty()) {
            return "";
        }
        boolean one = lines.leftOut().size() == 1;
        return " Then review " + quoted(lines.leftOut()) + ": the safe fix leaves " + (one ? "it" : "them")
                + " out, because excluding " + (one ? "it" : "them") + " could change what the build does.";
    }

    /** The fix appending the lines to {@code ignoreFile}, or creating {@code path} with them when there is none. */
    public Fix fix(Optional<IgnoreFile> ignoreFile, String path) {
        String description = (ignoreFile.isPresent() ? "Add " : "Create .dockerignore with ") + quoted(lines)
                + (ignoreFile.isPresent() ? " to " + ignoreFile.get().name() : "");
        TextEdit edit = ignoreFile.isPresent() ? TextEdit.insert(ignoreFile.get().end(),
                ignoreFile.get().appended(lines)) : TextEdit.insert(new SourceRange(1, 1, 1, 1),
                String.join("\n", lines) + "\n");
        return new Fix(description, safe, List.of(edit)).inFile(ignoreFile.map(IgnoreFile::path).orElse(path));
    }
}
