package dev.dlint.engine;

import dev.dlint.rule.Finding;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which findings a changed file has that the original did not, compared without positions: a fix moves text, so the
 * same problem may be reported on another line. A finding of the changed file is the same as one of the original
 * when it is of the same rule and has the same message once numbers are ignored ("line 4" and "line 5" are equal), or
 * covers the same text. Each original finding matches at most one finding of the changed file.
 */
final class FindingIdentity {

    private FindingIdentity() {
    }

    /** The reported findings of {@code after} that match no reported finding of {@code before}. */
    static List<Finding> gained(FileResult before, FileResult after) {
        Map<String, List<Finding>> pool = new LinkedHashMap<>();
        for (Finding f : before.reported()) {
            pool.computeIfAbsent(f.rule(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> unmatched = new ArrayList<>();
        for (Finding f : after.reported()) {
            List<Finding> candidates = pool.getOrDefault(f.rule(), new ArrayList<>());
            Optional<Finding> same = candidates.stream().filter(b -> message(b).equals(message(f))).findFirst();
            if (same.isEmpty()) {
                String text = covered(after, f);
                same = candidates.stream().filter(b -> covered(before, b).equals(text)).findFirst();
            }
            if (same.isPresent()) {
                candidates.remove(same.get());
            } else {
                unmatched.add(f);
            }
        }
        return unmatched;
    }

    /** A key for a finding that does not change when the fix elsewhere moves it: rule and message without numbers. */
    static String key(Finding finding) {
        return finding.rule() + "\u0000" + message(finding);
    }

    private static String message(Finding finding) {
        return finding.message().replaceAll("\\d+", "#");
    }

    /** The text the finding covers, with runs of white space (line breaks, continuations) made one space. */
    private static String covered(FileResult result, Finding finding) {
        if (result.source().isEmpty() || finding.logicalLocation().isPresent()) {
            return "\u0000" + finding.range();
        }
        SourceText source = result.source().get();
        SourceRange r = finding.range();
        try {
            int start = source.offset(r.startLine(), r.startColumn());
            int end = source.offset(r.endLine(), r.endColumn());
            if (start < 0 || end > source.length() || start > end) {
                return "\u0000" + r;
            }
            return source.text().substring(start, end).replaceAll("\\s+", " ").strip();
        } catch (IndexOutOfBoundsException e) {
            return "\u0000" + r;
        }
    }
}
