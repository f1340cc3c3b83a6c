package dev.dlint.syntax;

import dev.dlint.model.BaseImage;
import dev.dlint.model.CommandLine;
import dev.dlint.model.Heredoc;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellCode;
import dev.dlint.model.ShellInstruction;
import dev.dlint.model.ShellScript;
import dev.dlint.model.Word;
import dev.dlint.shell.script.ParsedScript;
import dev.dlint.shell.script.ShellParser;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Parses the shell code each RUN executes, as the stage's shell would run it: the shell-form text together with its
 * heredocs (BuildKit hands {@code line\nbody\nEOF} to the shell), heredoc bodies that are themselves the script
 * ({@code RUN <<EOF}, or fed to {@code bash}), and exec-form argv. PowerShell, cmd and unknown shells are not analysed.
 */
final class ShellAnalysis {

    private static final Set<String> POSIX_SHELLS = Set.of("sh", "bash", "dash", "ash", "zsh", "ksh", "mksh", "busybox");
    private static final Set<String> WINDOWS_SHELLS = Set.of("powershell", "powershell.exe", "pwsh", "pwsh.exe", "cmd",
            "cmd.exe");

    private ShellAnalysis() {
    }

    /** The shell a stage starts with: its parent stage's, cmd on Windows base images, else /bin/sh. */
    static ShellCode.Kind initialKind(BaseImage base, List<ShellCode.Kind> stageEndKinds) {
        if (base instanceof BaseImage.StageBase) {
            return stageEndKinds.get(((BaseImage.StageBase) base).stageIndex());
        }
        if (base instanceof BaseImage.External) {
            String name = ((BaseImage.External) base).reference().text().toLowerCase(Locale.ROOT);
            if (name.contains("windows") || name.contains("nanoserver") || name.contains("servercore")) {
                return ShellCode.Kind.WINDOWS;
            }
        }
        return ShellCode.Kind.POSIX;
    }

    /** The shell a SHELL instruction selects. */
    static ShellCode.Kind kindOf(ShellInstruction shell, ShellCode.Kind current) {
        if (shell.command().isEmpty() || !(shell.command().get() instanceof CommandLine.Exec)) {
            return current;
        }
        List<Word> args = ((CommandLine.Exec) shell.command().get()).arguments();
        if (args.isEmpty()) {
            return current;
        }
        String executable = basename(args.get(0).text()).toLowerCase(Locale.ROOT);
        if (POSIX_SHELLS.contains(executable)) {
            return ShellCode.Kind.POSIX;
        }
        return WINDOWS_SHELLS.contains(executable) ? ShellCode.Kind.WINDOWS : ShellCode.Kind.OTHER;
    }

    static RunInstruction analyse(RunInstruction run, ShellCode.Kind kind, SourceText source) {
        if (kind != ShellCode.Kind.POSIX || run.command().isEmpty()) {
            return run.withShell(ShellCode.none(kind));
        }
        CommandLine command = run.command().get();
        List<ShellScript> scripts = new ArrayList<>();
        if (command instanceof CommandLine.Exec) {
            execForm((CommandLine.Exec) command, source).ifPresent(scripts::add);
        } else {
            shellForm(((CommandLine.Shell) command).text(), run.heredocs(), source, scripts);
        }
        return run.withShell(new ShellCode(kind, scripts));
    }

    /** {@code ["apt-get", "install", "x"]}: the argv, quoted for the parser; every part maps to the array. */
    private static java.util.Optional<ShellScript> execForm(CommandLine.Exec exec, SourceText source) {
        List<Word> args = exec.arguments();
        if (args.isEmpty()) {
            return java.util.Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (Word arg : args) {
            text.append(text.length() == 0 ? "" : " ").append('\'').append(arg.text().replace("'", "'\\''")).append('\'');
        }
        Word word = Word.decoded(text.toString(), source, args.get(0).sourceStart(), args.get(args.size() - 1).sourceEnd());
        return java.util.Optional.of(new ShellScript(word, ShellParser.parse(text.toString())));
    }

    private static void shellForm(Word text, List<Heredoc> heredocs, SourceText source, List<ShellScript> scripts) {
        if (heredocs.isEmpty()) {
            scripts.add(new ShellScript(text, ShellParser.parse(text.text())));
            return;
        }
        if (onlyHeredocMarkers(text.text(), heredocs)) {
            for (Heredoc heredoc : heredocs) {
                Word body = chomped(heredoc, source);
                if (isShellScript(body.text())) {
                    scripts.add(new ShellScript(body, ShellParser.parse(body.text())));
                }
            }
            return;
        }
        Word combined = combined(text, heredocs, source);
        ParsedScript parsed = ShellParser.parse(combined.text());
        scripts.add(new ShellScript(combined, parsed));
        boolean shellReadsStdin = parsed.commands().stream().anyMatch(c -> c.command().isNamed(POSIX_SHELLS.toArray(new String[0]))
                && c.command().args().stream().noneMatch(a -> a.raw().equals("-c"))
                && !c.command().redirections().isEmpty());
        if (shellReadsStdin) {
            for (Heredoc heredoc : heredocs) {
                Word body = chomped(heredoc, source);
                scripts.add(new ShellScript(body, ShellParser.parse(body.text())));
            }
        }
    }

    private static boolean onlyHeredocMarkers(String text, List<Heredoc> heredocs) {
        String rest = text;
        for (Heredoc heredoc : heredocs) {
            rest = rest.replace(heredoc.marker().text(), " ");
        }
        return rest.isBlank();
    }

    /** A heredoc body is run by a shell unless its shebang names another interpreter. */
    private static boolean isShellScript(String body) {
        if (!body.startsWith("#!")) {
            return true;
        }
        String line = body.lines().findFirst().orElse("").substring(2).strip();
        String[] parts = line.split("\\s+");
        String interpreter = basename(parts[0]);
        if (interpreter.equals("env") && parts.length > 1) {
            interpreter = basename(parts[parts.length > 2 && parts[1].startsWith("-") ? 2 : 1]);
        }
        return POSIX_SHELLS.contains(interpreter);
    }

    /** The text BuildKit gives the shell: the line, then each body and its terminator. */
    private static Word combined(Word text, List<Heredoc> heredocs, SourceText source) {
        StringBuilder combined = new StringBuilder(text.text()).append('\n');
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < text.text().length(); i++) {
            offsets.add(text.offsetOf(i));
        }
        offsets.add(text.sourceEnd());
        for (Heredoc heredoc : heredocs) {
            int start = heredoc.body().sourceStart();
            int end = heredoc.terminator().map(t -> source.offset(t.endLine(), t.endColumn())).orElse(heredoc.body().sourceEnd());
            for (int i = start; i < end; i++) {
                combined.append(source.text().charAt(i));
                offsets.add(i);
            }
            combined.append('\n');
            offsets.add(end);
        }
        int[] array = offsets.stream().mapToInt(Integer::intValue).toArray();
        return Word.mapped(combined.toString(), source, array);
    }

    /** The body with {@code <<-} tab stripping applied, keeping each remaining character's position. */
    private static Word chomped(Heredoc heredoc, SourceText source) {
        Word body = heredoc.body();
        if (!heredoc.chomp()) {
            return body;
        }
        StringBuilder text = new StringBuilder();
        List<Integer> offsets = new ArrayList<>();
        boolean lineStart = true;
        for (int i = 0; i < body.text().length(); i++) {
            char c = body.text().charAt(i);
            if (lineStart && c == '\t') {
                continue;
            }
            lineStart = c == '\n';
            text.append(c);
            offsets.add(body.offsetOf(i));
        }
        return Word.mapped(text.toString(), source, offsets.stream().mapToInt(Integer::intValue).toArray());
    }

    private static String basename(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
