package dev.dlint.syntax;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.CmdInstruction;
import dev.dlint.model.CommandLine;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EntrypointInstruction;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.ExposeInstruction;
import dev.dlint.model.Flag;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.HealthcheckInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.LabelInstruction;
import dev.dlint.model.MaintainerInstruction;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellInstruction;
import dev.dlint.model.StopsignalInstruction;
import dev.dlint.model.UserInstruction;
import dev.dlint.model.VolumeInstruction;
import dev.dlint.model.Word;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.text.GoQuote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints the model in BuildKit's AST dump format ({@code Node.Dump}): one {@code (keyword ["flags"] "args")} line
 * per instruction, values Go-quoted. Used for conformance with BuildKit's own parser test files.
 */
public final class AstDump {

    private AstDump() {
    }

    public static String of(Dockerfile dockerfile) {
        StringBuilder out = new StringBuilder();
        for (Instruction instruction : dockerfile.instructions()) {
            out.append('(').append(node(instruction)).append(")\n");
        }
        return out.toString();
    }

    private static String node(Instruction instruction) {
        StringBuilder out = new StringBuilder(lower(instruction.keyword().text()));
        List<Flag> flags = instruction.flags();
        if (!flags.isEmpty()) {
            List<String> quoted = new ArrayList<>();
            for (Flag flag : flags) {
                quoted.add(GoQuote.quote(FlagWords.value(flag.word().text(), 0, flag.word().text().length())));
            }
            out.append(" [").append(String.join(" ", quoted)).append(']');
        }
        if (instruction instanceof OnbuildInstruction) {
            ((OnbuildInstruction) instruction).trigger().ifPresent(t -> out.append(" (").append(node(t)).append(')'));
            return out.toString();
        }
        for (String arg : arguments(instruction)) {
            out.append(' ').append(GoQuote.quote(arg));
        }
        return out.toString();
    }

    /** The node's argument values, in BuildKit's shape for the keyword. */
    private static List<String> arguments(Instruction instruction) {
        List<String> args = new ArrayList<>();
        if (instruction instanceof FromInstruction) {
            words(args, ((FromInstruction) instruction).arguments());
        } else if (instruction instanceof RunInstruction) {
            command(args, ((RunInstruction) instruction).command());
        } else if (instruction instanceof CmdInstruction) {
            command(args, ((CmdInstruction) instruction).command());
        } else if (instruction instanceof EntrypointInstruction) {
            command(args, ((EntrypointInstruction) instruction).command());
        } else if (instruction instanceof ShellInstruction) {
            command(args, ((ShellInstruction) instruction).command());
        } else if (instruction instanceof CopyInstruction) {
            words(args, ((CopyInstruction) instruction).transfer().arguments());
        } else if (instruction instanceof AddInstruction) {
            words(args, ((AddInstruction) instruction).transfer().arguments());
        } else if (instruction instanceof VolumeInstruction) {
            words(args, ((VolumeInstruction) instruction).paths());
        } else if (instruction instanceof ExposeInstruction) {
            words(args, ((ExposeInstruction) instruction).ports());
        } else if (instruction instanceof EnvInstruction) {
            pairs(args, ((EnvInstruction) instruction).pairs());
        } else if (instruction instanceof LabelInstruction) {
            pairs(args, ((LabelInstruction) instruction).pairs());
        } else if (instruction instanceof ArgInstruction) {
            for (ArgDeclaration d : ((ArgInstruction) instruction).declarations()) {
                args.add(d.word().text());
            }
        } else if (instruction instanceof HealthcheckInstruction) {
            HealthcheckInstruction h = (HealthcheckInstruction) instruction;
            h.type().ifPresent(t -> args.add(t.text()));
            command(args, h.command());
        } else if (instruction instanceof MaintainerInstruction) {
            single(args, ((MaintainerInstruction) instruction).maintainer());
        } else if (instruction instanceof UserInstruction) {
            single(args, ((UserInstruction) instruction).user());
        } else if (instruction instanceof WorkdirInstruction) {
            single(args, ((WorkdirInstruction) instruction).path());
        } else if (instruction instanceof StopsignalInstruction) {
            single(args, ((StopsignalInstruction) instruction).signal());
        } else {
            args.add(""); // BuildKit keeps one empty argument for unknown instructions
        }
        return args;
    }

    private static void words(List<String> args, List<Word> words) {
        for (Word word : words) {
            args.add(word.text());
        }
    }

    private static void single(List<String> args, Optional<Word> word) {
        word.ifPresent(w -> args.add(w.text()));
    }

    private static void command(List<String> args, Optional<CommandLine> command) {
        if (command.isEmpty()) {
            return;
        }
        if (command.get() instanceof CommandLine.Exec) {
            words(args, ((CommandLine.Exec) command.get()).arguments());
        } else {
            args.add(((CommandLine.Shell) command.get()).text().text());
        }
    }

    private static void pairs(List<String> args, List<KeyValue> pairs) {
        for (KeyValue pair : pairs) {
            args.add(pair.key().text());
            args.add(pair.value().text());
            args.add(pair.legacy() ? "" : "=");
        }
    }

    /** Go's {@code strings.ToLower}, one code point at a time. */
    private static String lower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
        return out.toString();
    }
}
