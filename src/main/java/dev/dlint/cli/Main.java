package dev.dlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs dlint with these arguments and returns the exit code; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.getenv());
    }

    /** Runs dlint with these arguments in the given environment and returns the exit code; tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> environment) {
        String first = args.length > 0 ? args[0] : "";
        boolean rootWord = first.equals("help") || first.equals("-h") || first.equals("--help")
                || first.equals("--version");
        if (rootWord) {
            return configure(new CommandLine(new DlintCommand()), "dlint", out, err).execute(args);
        }
        if (first.equals("-v") && args.length == 1) { // hadolint's -v; -V is hadolint's --verbose, an option of lint
            return configure(new CommandLine(new DlintCommand()), "dlint", out, err).execute(args);
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

    static CommandLine configure(CommandLine cli, String name, PrintWriter out, PrintWriter err) {
        cli.setCommandName(name);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(OutputFormat.class, OutputFormat::parse);
        cli.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
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
