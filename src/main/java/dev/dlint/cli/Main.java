package dev.dlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import dev.dlint.text.DidYouMean;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * The {@code dlint} executable. picocli builds its command model by reflection, which costs tens of milliseconds
 * per command, so only the subcommand that runs is built; the root command with every subcommand is built for
 * {@code --help}, {@code --version} and mistakes. Plain {@code lint} command lines do not build a picocli model at all
 * ({@link QuickLint}).
 */
public final class Main {

    /** The subcommands, by name; {@code lint} is the default. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = Map.of(
            "lint", LintCommand::new,
            "fix", FixCommand::new,
            "image", ImageCommand::new,
            "parse", ParseCommand::new,
            "rules", RulesCommand::new,
            "explain", ExplainCommand::new,
            "cache", CacheCommand::new,
            "context", ContextCommand::new,
            "__train", TrainCommand::new);

    private Main() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = run(args, out, err);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // Inputs are linted one by one and an error on one becomes that file's result; this is the rest (reading,
            // reporting), where only the command line says which input it was.
            String what = e instanceof OutOfMemoryError ? "ran out of memory" : "ran out of stack";
            err.println("dlint: " + what + " while processing " + String.join(" ", operands(args))
                    + " (give the JVM more, e.g. DLINT_JAVA_OPTS=-Xmx2g, or report the input)");
            code = ExitCode.UNREADABLE_INPUT.code();
        }
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** The arguments that are not options: the inputs, and the subcommand's name. */
    static List<String> operands(String[] args) {
        List<String> operands = new ArrayList<>();
        for (String arg : args) {
            if (!arg.startsWith("-") && !SUBCOMMANDS.containsKey(arg)) {
                operands.add(arg);
            }
        }
        return operands.isEmpty() ? List.of("the command line") : operands;
    }

    /** Runs dlint with these arguments and returns the exit code; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs dlint with these arguments in the given environment and returns the exit code; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        String first = args.length > 0 ? args[0] : "";
        if (first.equals("help")) {
            return help(Arrays.copyOfRange(args, 1, args.length), out, err);
        }
        boolean rootWord = first.equals("-h") || first.equals("--help")
                || first.equals("--version");
        if (rootWord) {
            return configure(new CommandLine(new DlintCommand()), "dlint", out, err).execute(args);
        }
        if (first.equals("-v") && args.length == 1) { // hadolint's -v; -V is hadolint's --verbose, an option of lint
            return configure(new CommandLine(new DlintCommand()), "dlint", out, err).execute(args);
        }
        Optional<String> meant = mistypedCommand(first);
        if (meant.isPresent()) {
            err.println("dlint: '" + first + "' is neither a dlint command nor a file (did you mean 'dlint "
                    + meant.get() + "'?)");
            err.println("Run 'dlint help' for the commands.");
            err.flush();
            return ExitCode.USAGE.code();
        }
        boolean named = SUBCOMMANDS.containsKey(first);
        String name = named ? first : "lint";
        String[] rest = named ? Arrays.copyOfRange(args, 1, args.length) : args;
        if (name.equals("lint")) {
            Optional<LintCommand> quick = QuickLint.parse(Arrays.asList(rest));
            if (quick.isPresent()) {
                quick.get().environment = environment;
                Optional<Integer> code = QuickLint.run(quick.get(), out, err);
                if (code.isPresent()) {
                    return code.get();
                }
            }
        }
        Object subcommand = SUBCOMMANDS.get(name).get();
        if (subcommand instanceof Subcommand command) {
            command.environment = environment;
        }
        CommandLine cli = new CommandLine(subcommand);
        return configure(cli, "dlint " + name, out, err).execute(rest);
    }

    /** {@code dlint help [COMMAND]}: the usage of dlint or of one command. */
    private static int help(String[] args, PrintWriter out, PrintWriter err) {
        if (args.length == 0) {
            configure(new CommandLine(new DlintCommand()), "dlint", out, err).usage(out);
            out.flush();
            return ExitCode.CLEAN.code();
        }
        String name = args[0];
        if (args.length > 1 || !SUBCOMMANDS.containsKey(name) || name.startsWith("__")) {
            Optional<String> meant = DidYouMean.among(name, commandNames());
            err.println("dlint help: " + (args.length > 1 ? "give one command" : "no command '" + name + "'"
                    + meant.map(m -> " (did you mean '" + m + "'?)").orElse("")) + "; the commands are "
                    + String.join(", ", commandNames()));
            err.flush();
            return ExitCode.USAGE.code();
        }
        configure(new CommandLine(SUBCOMMANDS.get(name).get()), "dlint " + name, out, err).usage(out);
        out.flush();
        return ExitCode.CLEAN.code();
    }

    /**
     * The command a first argument that is neither a command, an option nor an existing path was probably meant to
     * be ({@code dlint rule}); empty for anything else, which {@code lint} then takes as a path.
     */
    private static Optional<String> mistypedCommand(String first) {
        if (first.isEmpty() || first.startsWith("-") || SUBCOMMANDS.containsKey(first) || first.contains("/")
                || first.contains(".")) {
            return Optional.empty();
        }
        try {
            if (Files.exists(Path.of(first))) {
                return Optional.empty();
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        return DidYouMean.among(first, commandNames());
    }

    private static List<String> commandNames() {
        return SUBCOMMANDS.keySet().stream().filter(n -> !n.startsWith("__")).sorted().toList();
    }

    static CommandLine configure(CommandLine cli, String name, PrintWriter out, PrintWriter err) {
        cli.setCommandName(name);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(OutputFormat.class, OutputFormat::parse);
        String command = name.equals("dlint") ? "lint" : name.substring("dlint ".length());
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCode.helpList(command));
        for (Map.Entry<String, CommandLine> sub : cli.getSubcommands().entrySet()) {
            sub.getValue().getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                    .exitCodeList(ExitCode.helpList(sub.getKey()));
        }
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("dlint: " + e.getMessage());
            e.getCommandLine().getErr().println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dlint: internal error: " + e + " (please report this)");
            return ExitCode.UNREADABLE_INPUT.code();
        });
        return cli;
    }
}
