package dev.dlint.facts;

import dev.dlint.model.BaseImage;
import dev.dlint.model.CommandLine;
import dev.dlint.model.Comment;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.ShellInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The shell in effect at every instruction of a file. A stage starts with the shell its parent stage ended with
 * ({@code FROM <stage>} inherits SHELL, as BuildKit does), with {@code cmd} on a Windows base image, else with
 * {@code /bin/sh -c}; each exec-form SHELL replaces it. A {@code # hadolint shell=NAME} comment (hadolint's pragma
 * for files whose base image sets another shell) makes {@code NAME} the default from that line on.
 */
final class Shells {

    private static final Pattern PRAGMA = Pattern.compile("^(?:hadolint|dlint)\\s+shell\\s*=\\s*(\\S+)\\s*$",
            Pattern.CASE_INSENSITIVE);

    private Shells() {
    }

    static Map<Instruction, ShellInEffect> of(Dockerfile dockerfile) {
        Map<Instruction, ShellInEffect> shells = new IdentityHashMap<>();
        Map<Integer, ShellInEffect> stageEnds = new HashMap<>();
        NavigableMap<Integer, ShellInEffect> pragmas = pragmas(dockerfile);
        for (Stage stage : dockerfile.stages()) {
            ShellInEffect shell = start(stage, stageEnds, pragmas);
            shells.put(stage.from(), shell);
            int previous = stage.from().range().endLine();
            for (Instruction instruction : stage.instructions()) {
                // a shell pragma between the previous instruction of the stage and this one
                Map.Entry<Integer, ShellInEffect> pragma =
                        pragmas.subMap(previous, false, instruction.range().startLine(), false).lastEntry();
                if (pragma != null) {
                    shell = pragma.getValue();
                }
                shells.put(instruction, shell);
                if (instruction instanceof ShellInstruction) {
                    shell = set((ShellInstruction) instruction).orElse(shell);
                }
                previous = instruction.range().endLine();
            }
            stageEnds.put(stage.index(), shell);
        }
        return shells;
    }

    private static ShellInEffect start(Stage stage, Map<Integer, ShellInEffect> stageEnds,
            NavigableMap<Integer, ShellInEffect> pragmas) {
        if (stage.base() instanceof BaseImage.StageBase) {
            ShellInEffect parent = stageEnds.get(((BaseImage.StageBase) stage.base()).stageIndex());
            if (parent != null) {
                return parent;
            }
        }
        Map.Entry<Integer, ShellInEffect> pragma = pragmas.lowerEntry(stage.from().range().startLine());
        if (pragma != null) {
            return pragma.getValue();
        }
        if (stage.base() instanceof BaseImage.External) {
            String name = ((BaseImage.External) stage.base()).reference().text().toLowerCase(Locale.ROOT);
            if (name.contains("windows") || name.contains("nanoserver") || name.contains("servercore")) {
                return ShellInEffect.WINDOWS;
            }
        }
        return ShellInEffect.DEFAULT;
    }

    private static Optional<ShellInEffect> set(ShellInstruction shell) {
        if (shell.command().isEmpty() || !(shell.command().get() instanceof CommandLine.Exec)) {
            return Optional.empty();
        }
        List<Word> args = ((CommandLine.Exec) shell.command().get()).arguments();
        if (args.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ShellInEffect(args.stream().map(Word::text).toList(), Optional.of(shell), false));
    }

    /** The shell pragmas of the file by the line they are on. */
    private static NavigableMap<Integer, ShellInEffect> pragmas(Dockerfile dockerfile) {
        NavigableMap<Integer, ShellInEffect> pragmas = new TreeMap<>();
        for (Comment comment : dockerfile.comments()) {
            pragma(comment).ifPresent(shell -> pragmas.put(comment.range().startLine(), shell));
        }
        return pragmas;
    }

    private static Optional<ShellInEffect> pragma(Comment comment) {
        Matcher m = PRAGMA.matcher(comment.text());
        return m.matches() ? Optional.of(new ShellInEffect(List.of(m.group(1)), Optional.empty(), true))
                : Optional.empty();
    }
}
