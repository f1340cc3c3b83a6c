package dev.dlint.facts;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.FileSource;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.UserInstruction;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.syntax.Expansions;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layers of a stage, oldest first, including those it inherits from the stage it is built on: for each
 * instruction, what its layer keeps (net of what the same instruction deleted again) and what it deletes.
 * Paths are resolved against WORKDIR, {@code cd} inside the RUN, the user's home and ENV/ARG values.
 */
public final class LayerHistory {

    /**
     * One instruction's layer.
     *
     * @param workdir the working directory the instruction runs in
     * @param home    the home directory of the user it runs as
     */
    public record Step(Instruction instruction, boolean inherited, List<LayerWrite> writes, List<Deletion> deletions,
                       String workdir, String home) {
    }

    /** A command that deletes a path (or a package manager's clean command, which deletes its cache). */
    public record Deletion(String path, RunCommand command, SourceRange range, String description) {
    }

    private String workdir = "/";
    private String home = "/root";
    private final Map<String, String> variables = new HashMap<>();

    private LayerHistory() {
    }

    /** The steps of a stage, with its parent stages' steps first. */
    public static List<Step> of(Dockerfile dockerfile, Stage stage) {
        List<Stage> chain = dockerfile.lineage(stage);
        LayerHistory history = new LayerHistory();
        List<Step> steps = new ArrayList<>();
        for (Stage s : chain) {
            for (Instruction instruction : s.instructions()) {
                steps.add(history.step(dockerfile, instruction, s != stage));
            }
        }
        return steps;
    }

    private Step step(Dockerfile dockerfile, Instruction instruction, boolean inherited) {
        variables.putAll(dockerfile.scope(instruction).values());
        if (instruction instanceof WorkdirInstruction) {
            ((WorkdirInstruction) instruction).path().flatMap(p -> resolve(p.text(), dockerfile, instruction))
                    .ifPresent(p -> workdir = p);
        } else if (instruction instanceof UserInstruction) {
            ((UserInstruction) instruction).user().ifPresent(u -> {
                String name = u.text().split(":", 2)[0];
                home = name.equals("root") || name.equals("0") ? "/root" : "/home/" + name;
            });
        } else if (instruction instanceof EnvInstruction) {
            variables.putAll(dockerfile.scope(instruction).values());
        }
        List<LayerWrite> writes = new ArrayList<>();
        List<Deletion> deletions = new ArrayList<>();
        String stepWorkdir = workdir;
        if (instruction instanceof CopyInstruction || instruction instanceof AddInstruction) {
            FileTransfer transfer = instruction instanceof CopyInstruction ? ((CopyInstruction) instruction).transfer()
                    : ((AddInstruction) instruction).transfer();
            transferWrites(dockerfile, instruction, transfer, writes);
        } else if (instruction instanceof RunInstruction) {
            runLayer((RunInstruction) instruction, writes, deletions);
        }
        return new Step(instruction, inherited, writes, deletions, stepWorkdir, home);
    }

    private void transferWrites(Dockerfile dockerfile, Instruction instruction, FileTransfer transfer,
                                List<LayerWrite> writes) {
        if (transfer.destination().isEmpty()) {
            return;
        }
        String dest = transfer.destination().get().text();
        Optional<String> resolved = resolve(dest, dockerfile, instruction);
        if (resolved.isEmpty()) {
            return;
        }
        String what = "files added by " + instruction.name();
        boolean intoDirectory = dest.endsWith("/") || transfer.sources().size() > 1;
        for (FileSource source : transfer.sources()) {
            String path = resolved.get();
            if (intoDirectory && source instanceof FileSource.Path) {
                String name = ((FileSource.Path) source).path().text();
                boolean fileLike = !name.endsWith("/") && !name.equals(".") && !FsPaths.hasGlob(name);
                boolean extracted = instruction instanceof AddInstruction && !name.contains("://")
                        && name.matches(".*\\.(tar|tar\\.gz|tgz|tar\\.bz2|tbz2|tar\\.xz|txz|tar\\.zst)$");
                if (fileLike && !extracted) {
                    String base = name.substring(name.lastIndexOf('/') + 1);
                    path = FsPaths.normalize(path + "/" + base);
                }
            }
            writes.add(new LayerWrite(path, what, instruction, source.range(), true, true));
        }
    }

    private void runLayer(RunInstruction run, List<LayerWrite> writes, List<Deletion> deletions) {
        String cwd = workdir;
        for (RunCommand command : run.commands()) {
            Optional<String> name = command.name();
            if (name.isEmpty()) {
                continue;
            }
            List<String> args = command.arguments();
            if (name.get().equals("cd") && !args.isEmpty() && !command.context().inCondition()) {
                Optional<String> target = FsPaths.resolve(args.get(0), cwd, home, variables);
                if (target.isPresent()) {
                    cwd = target.get();
                }
                continue;
            }
            for (Deletion deletion : Cleanups.deletions(command, cwd, home, variables)) {
                deletions.add(deletion);
                writes.removeIf(w -> w.touchedBy(deletion.path()));
            }
            writes.addAll(Creations.writes(command, run, cwd, home, variables));
        }
    }

    private Optional<String> resolve(String raw, Dockerfile dockerfile, Instruction instruction) {
        Expansions.Expanded expanded = Expansions.expand(raw, dockerfile.scope(instruction), dockerfile.escape());
        if (!expanded.isResolved()) {
            return Optional.empty();
        }
        return FsPaths.resolve(expanded.value(), workdir, home, variables);
    }
}
