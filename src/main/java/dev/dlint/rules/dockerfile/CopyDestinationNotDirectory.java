package dev.dlint.rules.dockerfile;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Instruction;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.Fixable;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.FileKinds;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Optional;

/**
 * COPY or ADD with several sources whose destination does not end in {@code /}: the classic builder refuses it, and
 * BuildKit copies every source onto the same path when the destination does not exist yet. The fix adds the slash;
 * it is safe when the destination is a directory anyway ({@code .}, {@code ..}).
 */
@RuleInfo(summary = "COPY or ADD has several sources but its destination does not end in /", severity = Severity.ERROR,
        category = Category.CORRECTNESS, aliases = {"DL3021"}, onbuild = true, precision = Precision.VERY_HIGH)
public final class CopyDestinationNotDirectory extends InstructionRule<Instruction> implements Fixable {

    public CopyDestinationNotDirectory() {
        super(Instruction.class);
    }

    @Override
    protected void check(Instruction instruction, DockerfileContext context) {
        if (instruction instanceof CopyInstruction) {
            check(instruction, ((CopyInstruction) instruction).transfer(), context);
        } else if (instruction instanceof AddInstruction) {
            check(instruction, ((AddInstruction) instruction).transfer(), context);
        }
    }

    private static void check(Instruction instruction, FileTransfer transfer, DockerfileContext context) {
        if (transfer.sources().size() < 2 || transfer.destination().isEmpty() || context.facts().isRefused(instruction)) {
            return;
        }
        Word destination = transfer.destination().get();
        Optional<String> value = context.facts().value(instruction, destination);
        if (value.isEmpty() || value.get().endsWith("/") || value.get().endsWith("\\")) {
            return;
        }
        String dest = value.get();
        RuleContext.FindingBuilder finding = context.report(destination.range(), instruction.name() + " has "
                + transfer.sources().size() + " sources, so its destination " + dest + " must be a directory written"
                + " with a trailing slash (" + dest + "/): the classic builder refuses the instruction, and BuildKit"
                + " copies every source onto " + dest + " itself when it does not exist yet. Write " + dest + "/.");
        List<TextEdit> edits = List.of(TextEdit.insert(slashPoint(destination), "/"));
        if (FileKinds.isDirectory(dest)) {
            finding.safeFix("Add / to the destination", edits);
        } else {
            finding.unsafeFix("Add / to the destination (if " + dest + " does not exist, every source is copied into"
                    + " a new directory instead of onto one file)", edits);
        }
    }

    /** Where the slash goes: after the last character of the path, inside a closing quote. */
    private static SourceRange slashPoint(Word destination) {
        SourceRange r = destination.range();
        String text = destination.text();
        boolean quoted = !destination.isVerbatim() || text.endsWith("\"") || text.endsWith("'");
        SourceRange end = new SourceRange(r.endLine(), r.endColumn(), r.endLine(), r.endColumn());
        return quoted ? new SourceRange(r.endLine(), r.endColumn() - 1, r.endLine(), r.endColumn() - 1) : end;
    }
}
