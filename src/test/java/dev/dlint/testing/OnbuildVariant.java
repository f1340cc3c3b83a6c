package dev.dlint.testing;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Finding;
import dev.dlint.rule.TextLocation;
import dev.dlint.syntax.Dockerfiles;
import dev.dlint.text.SourceRange;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * A fixture with every RUN instruction wrapped in ONBUILD ({@code RUN x} becomes {@code ONBUILD RUN x}), as hadolint's
 * specs re-run their cases, and the way back from the variant's columns to the fixture's.
 */
public final class OnbuildVariant {

    private static final String PREFIX = "ONBUILD ";

    private final String text;
    private final Map<Integer, Integer> insertedAt; // line → column where "ONBUILD " was inserted

    private OnbuildVariant(String text, Map<Integer, Integer> insertedAt) {
        this.text = text;
        this.insertedAt = Map.copyOf(insertedAt);
    }

    public static OnbuildVariant of(String fixture) {
        Dockerfile dockerfile = Dockerfiles.parse("Dockerfile", fixture.getBytes(StandardCharsets.UTF_8));
        Map<Integer, Integer> insertedAt = new HashMap<>();
        StringBuilder out = new StringBuilder(fixture);
        for (int i = dockerfile.instructions().size() - 1; i >= 0; i--) {
            Instruction instruction = dockerfile.instructions().get(i);
            if (instruction instanceof RunInstruction) {
                SourceRange keyword = instruction.keyword().range();
                out.insert(dockerfile.source().offset(keyword.startLine(), keyword.startColumn()), PREFIX);
                insertedAt.put(keyword.startLine(), keyword.startColumn());
            }
        }
        return new OnbuildVariant(out.toString(), insertedAt);
    }

    public String text() {
        return text;
    }

    public boolean wrapped() {
        return !insertedAt.isEmpty();
    }

    /** A finding of the variant at the place it has in the fixture. */
    public Finding unshift(Finding finding) {
        SourceRange r = finding.range();
        SourceRange back = new SourceRange(r.startLine(), column(r.startLine(), r.startColumn()), r.endLine(),
                column(r.endLine(), r.endColumn()));
        return new Finding(finding.rule(), finding.severity(), finding.message(), new TextLocation(back),
                finding.related(), finding.fix(), finding.suppression(), finding.aliases());
    }

    private int column(int line, int column) {
        Integer at = insertedAt.get(line);
        return at != null && column > at ? Math.max(at, column - PREFIX.length()) : column;
    }
}
