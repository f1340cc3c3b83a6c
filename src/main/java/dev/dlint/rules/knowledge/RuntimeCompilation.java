package dev.dlint.rules.knowledge;

import dev.dlint.model.CmdInstruction;
import dev.dlint.model.CommandLine;
import dev.dlint.model.EntrypointInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Images that compile when the container runs, so the toolchain is part of what they ship on purpose: an
 * ENTRYPOINT or CMD that runs a compiler or build tool ({@code make}, {@code gcc}, {@code go run}), and BPF tracing
 * tools (bcc, bpftrace), which compile their programs with LLVM at run time.
 */
public final class RuntimeCompilation {

    private static final Set<String> COMPILERS = Set.of("make", "gcc", "cc", "g++", "c++", "clang", "clang++",
            "cmake", "ninja", "tcc", "javac", "mvn", "gradle", "dkms", "bpftrace");
    private static final Pattern BPF_TOOLS = Pattern.compile("(?i)\\b(bcc|libbcc|bpfcc|bpftrace|iovisor)\\b");

    private RuntimeCompilation() {
    }

    /** Why the stages of an image need their compilers at run time, if they do. */
    public static Optional<String> reason(List<Stage> chain) {
        Optional<List<String>> entrypoint = Optional.empty();
        Optional<List<String>> cmd = Optional.empty();
        for (Stage stage : chain) {
            for (Instruction instruction : stage.instructions()) {
                if (BPF_TOOLS.matcher(instruction.header().logicalLine()).find()) {
                    return Optional.of("it ships BPF tools (bcc, bpftrace) that compile with LLVM at run time");
                }
                if (instruction instanceof EntrypointInstruction) {
                    entrypoint = words(instruction);
                    cmd = Optional.empty(); // as in Docker: a new ENTRYPOINT resets CMD
                } else if (instruction instanceof CmdInstruction) {
                    cmd = words(instruction);
                }
            }
        }
        List<String> words = new ArrayList<>(entrypoint.orElse(List.of()));
        words.addAll(cmd.orElse(List.of()));
        for (int i = 0; i < words.size(); i++) {
            String[] tokens = words.get(i).strip().split("\\s+");
            String first = basename(tokens[0]);
            String next = tokens.length > 1 ? tokens[1] : i + 1 < words.size() ? words.get(i + 1) : "";
            boolean runsBuild = COMPILERS.contains(first)
                    || (first.equals("go") || first.equals("cargo") || first.equals("dotnet")) && next.equals("run");
            if (runsBuild) {
                return Optional.of("its ENTRYPOINT/CMD compiles when the container starts (`" + String.join(" ", words)
                        + "`)");
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> words(Instruction instruction) {
        Optional<CommandLine> line = instruction instanceof CmdInstruction ? ((CmdInstruction) instruction).command()
                : ((EntrypointInstruction) instruction).command();
        if (line.isEmpty()) {
            return Optional.empty();
        }
        if (line.get() instanceof CommandLine.Exec) {
            return Optional.of(((CommandLine.Exec) line.get()).arguments().stream().map(Word::text).toList());
        }
        String text = ((CommandLine.Shell) line.get()).text().text().strip();
        return Optional.of(List.of(text.split("\\s+")));
    }

    private static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
