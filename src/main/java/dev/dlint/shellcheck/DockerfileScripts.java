package dev.dlint.shellcheck;

import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.ShellInEffect;
import dev.dlint.model.CommandLine;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Mount;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellScript;
import dev.dlint.model.Stage;
import dev.dlint.shell.script.ShellSyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scripts of a Dockerfile that ShellCheck checks, each with what it is checked as: every shell-form RUN of every
 * stage (its text as the shell receives it, heredoc bodies included) and every heredoc body a shell runs as a script,
 * in the dialect of the stage's SHELL (inherited through {@code FROM <stage>}) or of the body's {@code #!} line. The
 * ARG and ENV names in scope, the names of {@code --mount=type=secret,env=…} and the proxy variables BuildKit passes
 * to every RUN are declared. Exec-form RUNs, ONBUILD triggers (they run in a build this file does not know) and shells
 * ShellCheck does not know (zsh, PowerShell, cmd) are left out.
 */
public final class DockerfileScripts {

    /** The proxy variables every RUN gets from the builder, in both spellings. */
    private static final List<String> PROXIES = List.of("http_proxy", "https_proxy", "ftp_proxy", "no_proxy",
            "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "FTP_PROXY", "NO_PROXY", "ALL_PROXY");

    /** One script to check and where it came from. */
    public record Script(RunInstruction run, ShellScript script, ShellCheckInput input) {
    }

    /** The most scripts of one file given to ShellCheck: real files have dozens, 100,000 would take minutes. */
    public static final int MAX_CHECKED = 1_000;

    private DockerfileScripts() {
    }

    /**
     * The longest script given to ShellCheck, in characters: real RUN scripts have a few KiB, while ShellCheck spends
     * minutes and gigabytes on a heredoc of 500,000 lines.
     */
    public static final int MAX_SCRIPT_CHARS = 128 * 1024;

    /** The scripts ShellCheck is given: the first {@link #MAX_CHECKED} of {@code scripts} that are not {@link #tooLong}. */
    public static List<Script> checked(List<Script> scripts) {
        List<Script> sized = scripts.stream().filter(s -> !tooLong(s)).toList();
        return sized.size() <= MAX_CHECKED ? sized : sized.subList(0, MAX_CHECKED);
    }

    /** Whether the script is longer than ShellCheck is given ({@link #MAX_SCRIPT_CHARS}). */
    public static boolean tooLong(Script script) {
        return script.input().script().length() > MAX_SCRIPT_CHARS;
    }

    public static List<Script> of(Dockerfile dockerfile, DockerfileFacts facts) {
        List<Script> scripts = new ArrayList<>();
        for (Stage stage : dockerfile.stages()) {
            for (Instruction instruction : stage.instructions()) {
                if (instruction instanceof RunInstruction) {
                    add((RunInstruction) instruction, dockerfile, facts, scripts);
                }
            }
        }
        return List.copyOf(scripts);
    }

    /** The inputs alone, for {@link ShellChecker#prefetch}. */
    public static List<ShellCheckInput> inputs(Dockerfile dockerfile, DockerfileFacts facts) {
        return checked(of(dockerfile, facts)).stream().map(Script::input).toList();
    }

    private static void add(RunInstruction run, Dockerfile dockerfile, DockerfileFacts facts, List<Script> scripts) {
        if (run.command().isEmpty() || run.command().get() instanceof CommandLine.Exec || !run.shell().isAnalysed()) {
            return;
        }
        ShellInEffect shell = facts.shell(run);
        Optional<Dialect> stageDialect = Dialect.forShell(shell.name());
        Set<String> names = new TreeSet<>(dockerfile.scope(run).names());
        names.addAll(PROXIES);
        for (Mount mount : run.mounts()) {
            if (mount.type().equals("secret")) {
                mount.value("env").ifPresent(names::add);
            }
        }
        for (ShellScript script : run.shell().scripts()) {
            if (script.parsed().errors().stream().anyMatch(ShellSyntaxError::limit)) {
                continue; // past dlint's nesting or work limits, which ShellTooComplex reports: ShellCheck would take minutes
            }
            String text = script.text().text();
            Optional<Dialect> dialect = text.startsWith("#!") ? shebang(text) : stageDialect;
            dialect.ifPresent(d -> scripts.add(new Script(run, script, new ShellCheckInput(text, d, List.copyOf(names)))));
        }
    }

    /** The dialect of a {@code #!} line: {@code #!/bin/bash}, {@code #!/usr/bin/env bash}, {@code #!/bin/sh -e}. */
    private static Optional<Dialect> shebang(String text) {
        String line = text.lines().findFirst().orElse("").substring(2).strip();
        String[] parts = line.split("\\s+");
        String interpreter = parts[0].substring(parts[0].lastIndexOf('/') + 1);
        if (interpreter.equals("env")) {
            interpreter = "";
            for (int i = 1; i < parts.length; i++) {
                if (!parts[i].startsWith("-") && !parts[i].contains("=")) {
                    interpreter = parts[i].substring(parts[i].lastIndexOf('/') + 1);
                    break;
                }
            }
        }
        return Dialect.forShell(interpreter);
    }
}
