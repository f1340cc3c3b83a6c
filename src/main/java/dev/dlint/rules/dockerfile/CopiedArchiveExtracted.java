package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ImagePaths;
import dev.dlint.facts.LayerHistory;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.rule.StageRule;
import dev.dlint.rules.knowledge.Extractions;
import dev.dlint.rules.knowledge.FileKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A local archive COPY'd into the image and extracted by a later RUN (of the stage or a stage built FROM it): the
 * archive stays in the COPY's layer. The state is the archives copied so far, with the paths they may have in the
 * image (the destination itself, or the destination directory plus the archive's name).
 */
@RuleInfo(summary = "A local archive is copied into a layer and then extracted by a RUN", severity = Severity.INFO,
        category = Category.SIZE, aliases = {"DL3010"})
public final class CopiedArchiveExtracted extends StageRule<List<CopiedArchiveExtracted.Copied>> {

    /** An archive a COPY put into the image, and where it may be. */
    record Copied(CopyInstruction copy, Word source, String name, List<String> paths) {
    }

    @Override
    protected List<Copied> start(Stage stage, DockerfileContext context) {
        return List.of();
    }

    @Override
    protected List<Copied> step(List<Copied> copied, Instruction instruction, Stage stage, DockerfileContext context) {
        if (instruction instanceof CopyInstruction && instruction.flag("from").isEmpty()) {
            List<Copied> more = new ArrayList<>(copied);
            more.addAll(archives((CopyInstruction) instruction, workdir(stage, instruction, context), context));
            return List.copyOf(more);
        }
        if (!(instruction instanceof RunInstruction) || copied.isEmpty()) {
            return copied;
        }
        List<Copied> left = new ArrayList<>(copied);
        for (RunCommand command : ((RunInstruction) instruction).commands()) {
            Optional<Extractions.Extraction> extraction = Extractions.of(command);
            for (String argument : extraction.map(Extractions.Extraction::words).orElse(List.of())) {
                left.stream().filter(c -> matches(c, argument)).findFirst().ifPresent(c -> {
                    report(c, extraction.get().tool(), command, context);
                    left.remove(c);
                });
            }
        }
        return List.copyOf(left);
    }

    private static List<Copied> archives(CopyInstruction copy, String workdir, DockerfileContext context) {
        FileTransfer transfer = copy.transfer();
        Optional<String> dest = transfer.destination().flatMap(d -> context.facts().value(copy, d));
        List<Copied> archives = new ArrayList<>();
        for (Word source : transfer.sourcePaths()) {
            Optional<String> path = context.facts().value(copy, source);
            if (dest.isEmpty() || path.isEmpty() || FileKinds.isRemote(path.get())
                    || !FileKinds.isAnyArchiveName(path.get())) {
                continue;
            }
            String name = FileKinds.baseName(path.get());
            archives.add(new Copied(copy, source, name, FileKinds.copiedTo(name, dest.get(), transfer.sources().size() > 1,
                    workdir)));
        }
        return archives;
    }

    /** An absolute argument must be one of the archive's paths; a relative one need only have its name. */
    private static boolean matches(Copied copied, String argument) {
        if (argument.startsWith("/")) {
            return copied.paths().contains(ImagePaths.normalize(argument));
        }
        String name = FileKinds.baseName(argument);
        return copied.paths().stream().anyMatch(p -> FileKinds.baseName(p).equalsIgnoreCase(name));
    }

    private static void report(Copied copied, String extractor, RunCommand command, DockerfileContext context) {
        String name = copied.name();
        String mount = "RUN --mount=type=bind,source=" + copied.source().text() + ",target=/tmp/" + name + " "
                + extractor.split(" ")[0] + " … /tmp/" + name;
        String how = FileKinds.isArchiveName(name) ? "Use ADD " + name + " <directory>/, which extracts a local tar"
                + " archive in one layer, or mount it for the RUN: " + mount + "." : "Mount it for the RUN instead of"
                + " copying it: " + mount + ".";
        context.report(copied.source().range(), name + " is copied into the image here and extracted by `" + extractor
                + "` on line " + command.range().startLine() + ": the archive stays in this COPY's layer even if the RUN"
                + " deletes it, so the image carries it packed and unpacked. " + how)
                .related(command.range(), "extracted here");
    }

    /** The working directory an instruction of the stage runs in. */
    private static String workdir(Stage stage, Instruction instruction, DockerfileContext context) {
        return context.facts().layers(stage).stream().filter(s -> s.instruction() == instruction && !s.inherited())
                .map(LayerHistory.Step::workdir).findFirst().orElse("/");
    }
}
