package dev.dlint.engine;

import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import dev.dlint.rule.Fix;
import dev.dlint.rule.TextEdit;

/** Applies fixes to a file's text. Edits must not overlap; they refer to the original text. */
public final class Fixes {

    private Fixes() {
    }

    /** The text with every edit of every fix applied; an edit overlapping an earlier one is skipped. */
    public static String apply(SourceText source, List<Fix> fixes) {
        List<int[]> spans = new ArrayList<>();
        List<String> replacements = new ArrayList<>();
        for (Fix fix : fixes) {
            for (TextEdit edit : fix.edits()) {
                int start = source.offset(edit.range().startLine(), edit.range().startColumn());
                int end = source.offset(edit.range().endLine(), edit.range().endColumn());
                spans.add(new int[] {start, end, spans.size()});
                replacements.add(edit.replacement());
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[1]));
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int[] span : spans) {
            if (span[0] < at) {
                continue;
            }
            out.append(source.text(), at, span[0]).append(replacements.get(span[2]));
            at = span[1];
        }
        out.append(source.text().substring(at));
        return out.toString();
    }
}
