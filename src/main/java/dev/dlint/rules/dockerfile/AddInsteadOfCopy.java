package dev.dlint.rules.dockerfile;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.FileSource;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * ADD whose sources are all local files or directories that are not archives: none of ADD's extras (URLs, git,
 * extraction) is used, so COPY says the same thing plainly. The fix is safe when no source can be a tar archive
 * (which ADD would extract): directories and files whose extension names a format that is not tar.
 */
@RuleInfo(summary = "ADD copies local files that are not archives; COPY does the same without ADD's extraction",
        severity = Severity.WARNING, category = Category.MAINTAINABILITY, aliases = {"DL3020"}, onbuild = true,
        precision = Precision.VERY_HIGH)
public final class AddInsteadOfCopy extends InstructionRule<AddInstruction> implements Fixable {

    private static final List<String> ADD_ONLY_FLAGS = List.of("checksum", "keep-git-dir", "unpack");

    public AddInsteadOfCopy() {
        super(AddInstruction.class);
    }

    @Override
    protected void check(AddInstruction add, DockerfileContext context) {
        if (add.flags().stream().anyMatch(f -> ADD_ONLY_FLAGS.contains(f.name())) || add.transfer().sources().isEmpty()) {
            return;
        }
        List<String> sources = new ArrayList<>();
        Optional<String> mayBeArchive = Optional.empty();
        for (FileSource source : add.transfer().sources()) {
            Optional<String> path = source instanceof FileSource.Path
                    ? context.facts().value(add, ((FileSource.Path) source).path()) : Optional.empty();
            if (path.isEmpty() || FileKinds.isRemote(path.get()) || FileKinds.isArchiveName(path.get())) {
                return;
            }
            sources.add(path.get());
            if (mayBeArchive.isEmpty() && !FileKinds.isDirectory(path.get()) && !FileKinds.isNotArchive(path.get())) {
                mayBeArchive = path;
            }
        }
        String keyword = add.keyword().text();
        String copy = keyword.equals(keyword.toLowerCase(Locale.ROOT)) ? "copy" : "COPY";
        RuleContext.FindingBuilder finding = context.report(add.keyword().range(), "ADD of " + String.join(", ", sources)
                + " from the build context: no URL, git repository or archive, so ADD does what COPY does, plus"
                + " extracting any source that is a tar archive. Use COPY, which does only what is written.");
        List<TextEdit> edits = List.of(new TextEdit(add.keyword().range(), copy));
        if (mayBeArchive.isEmpty()) {
            finding.safeFix("Replace ADD with COPY", edits);
        } else {
            finding.unsafeFix("Replace ADD with COPY (ADD would extract " + mayBeArchive.get()
                    + " if it is a tar archive; COPY copies it as is)", edits);
        }
    }
}
