package dev.dlint.rules.knowledge;

import dev.dlint.model.CmdInstruction;
import dev.dlint.model.CommandLine;
import dev.dlint.model.EntrypointInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.model.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a container of a stage starts: the last ENTRYPOINT and the last CMD of the stage and the stages it is built
 * FROM, read as words (exec-form arguments, or the shell-form text split at blanks).
 *
 * @param entrypoint the words of the ENTRYPOINT in effect, empty when none is set in the file
 * @param cmd        the words of the CMD in effect, empty when none is set in the file
 * @param instruction the ENTRYPOINT or CMD that starts the process, for locations
 */
public record StartCommand(List<String> entrypoint, List<String> cmd, Optional<Instruction> instruction) {

    public StartCommand {
        entrypoint = List.copyOf(entrypoint);
        cmd = List.copyOf(cmd);
    }

    /** The start command of a stage chain (oldest stage first). */
    public static StartCommand of(List<Stage> chain) {
        List<String> entrypoint = List.of();
        List<String> cmd = List.of();
        Optional<Instruction> entry = Optional.empty();
        Optional<Instruction> command = Optional.empty();
        for (Stage stage : chain) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof EntrypointInstruction) {
                    entrypoint = words(((EntrypointInstruction) instruction).command());
                    entry = Optional.of(instruction);
                    cmd = List.of();
                    command = Optional.empty();
                } else if (instruction instanceof CmdInstruction) {
                    cmd = words(((CmdInstruction) instruction).command());
                    command = Optional.of(instruction);
                }
            }
        }
        return new StartCommand(entrypoint, cmd, entry.isPresent() ? entry : command);
    }

    /** The words of the ENTRYPOINT and then the CMD. */
    public List<String> words() {
        List<String> all = new ArrayList<>(entrypoint);
        all.addAll(cmd);
        return all;
    }

    /**
     * Whether the container runs a jar or a class path with {@code java} ({@code java -jar app.jar},
     * {@code java -cp app:lib/* Main}), also through {@code sh -c} or {@code exec}.
     */
    public boolean runsJava() {
        List<String> words = words();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String name = w.substring(w.lastIndexOf('/') + 1);
            if (!name.equals("java")) {
                continue;
            }
            for (int j = i + 1; j < words.size(); j++) {
                String option = words.get(j);
                if (option.equals("-jar") || option.equals("-cp") || option.equals("-classpath")
                        || option.equals("--class-path") || option.startsWith("--class-path=")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> words(Optional<CommandLine> line) {
        if (line.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        if (line.get() instanceof CommandLine.Exec) {
            for (Word word : ((CommandLine.Exec) line.get()).arguments()) {
                split(word.text(), out);
            }
        } else {
            split(((CommandLine.Shell) line.get()).text().text(), out);
        }
        return out;
    }

    private static void split(String text, List<String> out) {
        for (String part : text.split("[\\s;&|()\"']+")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
    }
}
