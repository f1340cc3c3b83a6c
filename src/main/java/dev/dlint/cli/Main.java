package dev.dlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/** The {@code dlint} executable. */
public final class Main {

    private static final Set<String> ROOT_WORDS = Set.of("lint", "parse", "rules", "explain", "__train", "help", "-h", "--help", "-V",
            "--version");

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
        CommandLine cli = new CommandLine(new DlintCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.getCommandSpec().usageMessage().exitCodeList(ExitCode.helpList());
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
        }
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("dlint: " + e.getMessage());
            e.getCommandLine().getErr().println("Run 'dlint " + (e.getCommandLine() == cli ? "" : e.getCommandLine().getCommandName() + " ")
                    + "--help' for usage.");
            return ExitCode.USAGE.code();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dlint: internal error: " + e + " (please report this)");
            return ExitCode.UNREADABLE_INPUT.code();
        });
        return cli.execute(withDefaultSubcommand(args));
    }

    /** {@code dlint PATH} means {@code dlint lint PATH}. */
    static String[] withDefaultSubcommand(String[] args) {
        if (args.length > 0 && ROOT_WORDS.contains(args[0])) {
            return args;
        }
        List<String> withLint = new ArrayList<>(args.length + 1);
        withLint.add("lint");
        withLint.addAll(Arrays.asList(args));
        return withLint.toArray(new String[0]);
    }
}
