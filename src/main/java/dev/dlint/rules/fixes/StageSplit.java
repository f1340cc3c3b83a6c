package dev.dlint.rules.fixes;

import dev.dlint.model.CmdInstruction;
import dev.dlint.model.CommandLine;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EntrypointInstruction;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.ImageReference;
import dev.dlint.model.Instruction;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.UserInstruction;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.model.Word;
import dev.dlint.rule.Fix;
import dev.dlint.rule.TextEdit;
import dev.dlint.rules.knowledge.RuntimeBases;
import dev.dlint.rules.knowledge.Toolchains;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fix for a single-stage build that ships its toolchain (MissingMultiStageBuild): name the stage {@code build},
 * and after its last RUN start a runtime stage on a small base that copies the one artifact the build wrote and
 * keeps the instructions that follow (EXPOSE, ENV, CMD, ENTRYPOINT, …). Only where the artifact is known: a Go
 * binary built with {@code go build -o PATH} and {@code CGO_ENABLED=0} (a static binary: distroless/static), a jar
 * the entrypoint runs with {@code java -jar} (a JRE image), a Rust binary under {@code target/release/} that the
 * entrypoint runs (a slim Debian or Alpine base).
 *
 * <p>Always unsafe: the runtime stage has nothing else the build stage installed or copied (system packages, CA
 * certificates, configuration, users), the environment set before the split, or a shell.
 */
public final class StageSplit {

    static final String BUILD_STAGE = "build";

    private StageSplit() {
    }

    /** Why there is no fix, or the fix. */
    public record Plan(Optional<Fix> fix, String refusal) {
        static Plan refused(String why) {
            return new Plan(Optional.empty(), why);
        }
    }

    /**
     * The artifact, the base it runs on, and where it goes there; {@code served} when nginx serves it in place of
     * the stage's own static file server (whose ENTRYPOINT or CMD then runs nginx in the foreground instead).
     */
    private record Artifact(String path, String runtime, String target, boolean served) {
        Artifact(String path, String runtime) {
            this(path, runtime, path, false);
        }
    }

    private static final String NGINX = "nginx:1.27-alpine";
    private static final String NGINX_ROOT = "/usr/share/nginx/html";
    private static final String NGINX_COMMAND = "[\"nginx\", \"-g\", \"daemon off;\"]";

    /**
     * The split of {@code dockerfile}'s only stage, built on {@code root}, where {@code build} compiles.
     */
    public static Plan plan(Dockerfile dockerfile, Toolchains.Build build, Optional<ImageReference> root) {
        if (dockerfile.stages().size() != 1) {
            return Plan.refused("the Dockerfile already has several stages");
        }
        Stage stage = dockerfile.stages().get(0);
        List<Instruction> body = stage.instructions();
        int lastRun = -1;
        for (int i = 0; i < body.size(); i++) {
            if (body.get(i) instanceof RunInstruction) {
                lastRun = i;
            }
            if (body.get(i) instanceof OnbuildInstruction) {
                return Plan.refused("the stage has ONBUILD triggers");
            }
            if (body.get(i) instanceof UserInstruction) {
                return Plan.refused("the stage sets a USER, whose account the runtime base does not have");
            }
        }
        Optional<Instruction> entry = entry(body);
        if (entry.isEmpty() || body.indexOf(entry.get()) < lastRun) {
            return Plan.refused("no ENTRYPOINT or CMD after the last RUN says what the image runs");
        }
        String workdir = "/";
        for (int i = 0; i <= lastRun; i++) {
            if (body.get(i) instanceof WorkdirInstruction) {
                String path = ((WorkdirInstruction) body.get(i)).path().map(Word::text).orElse("");
                if (path.contains("$") || path.isEmpty()) {
                    return Plan.refused("a WORKDIR uses a variable");
                }
                workdir = resolve(workdir, path);
            }
        }
        for (int i = lastRun + 1; i < body.size(); i++) {
            if (body.get(i) instanceof WorkdirInstruction) {
                return Plan.refused("a WORKDIR after the last RUN moves where the entrypoint's paths are");
            }
        }
        List<String> program = program(entry.get());
        if (program.isEmpty() || String.join(" ", program).contains("$")) {
            return Plan.refused("the entrypoint is not a plain command");
        }
        RunCommand command = build.command();
        String runText = ((RunInstruction) body.get(lastRun)).header().logicalLine();
        for (int i = 0; i <= lastRun; i++) {
            if (body.get(i) instanceof RunInstruction && ((RunInstruction) body.get(i)).commands().stream()
                    .anyMatch(c -> c.isNamed("cd"))) {
                return Plan.refused("a RUN changes directory with cd, so the artifact's path is not known");
            }
        }
        Optional<Artifact> artifact;
        String why;
        switch (build.ecosystem()) {
            case GO: {
                int o = command.arguments().indexOf("-o");
                if (!command.argument(0).equals("build") || o < 0 || o + 1 >= command.arguments().size()) {
                    return Plan.refused("the Go build does not name its output with -o");
                }
                String out = resolve(workdir, command.argument(o + 1));
                boolean cgoOff = body.subList(0, lastRun + 1).stream()
                        .anyMatch(i -> i.header().logicalLine().contains("CGO_ENABLED=0"));
                if (!cgoOff) {
                    return Plan.refused("the Go binary is not built with CGO_ENABLED=0, so it may need the C library");
                }
                why = "the ENTRYPOINT does not run " + out;
                artifact = resolve(workdir, program.get(0)).equals(out)
                        ? Optional.of(new Artifact(out, "gcr.io/distroless/static-debian12:nonroot")) : Optional.empty();
                break;
            }
            case JAVA: {
                int jar = program.indexOf("-jar");
                if (!program.get(0).equals("java") && !program.get(0).endsWith("/java") || jar < 0
                        || jar + 1 >= program.size()) {
                    return Plan.refused("the image does not run the build's output with java -jar");
                }
                String path = program.get(jar + 1);
                why = "the jar " + path + " is not a single named file";
                artifact = path.endsWith(".jar") && !path.contains("*")
                        ? Optional.of(new Artifact(resolve(workdir, path), javaRuntime(root))) : Optional.empty();
                break;
            }
            case RUST: {
                String path = resolve(workdir, program.get(0));
                why = "the entrypoint does not run a binary under target/release/";
                boolean release = command.arguments().contains("--release") || command.arguments().contains("-r");
                artifact = release && path.contains("/target/release/")
                        ? Optional.of(new Artifact(path, RuntimeBases.family(root) == RuntimeBases.Family.ALPINE
                                ? "alpine:3.20" : "debian:12-slim"))
                        : Optional.empty();
                break;
            }
            case NODE: {
                Optional<String> served = servedDirectory(program);
                if (served.isEmpty()) {
                    return Plan.refused("the image does not serve the build's output as static files"
                            + " (serve -s DIR or http-server DIR), so what the Node build outputs is not known");
                }
                String dir = resolve(workdir, served.get());
                why = "";
                artifact = Optional.of(new Artifact(dir, NGINX, NGINX_ROOT, true));
                break;
            }
            default:
                return Plan.refused("what a " + build.ecosystem().name().toLowerCase(Locale.ROOT)
                        + " build outputs is not known");
        }
        if (artifact.isEmpty()) {
            return Plan.refused(why);
        }
        if (runText.isEmpty()) {
            return Plan.refused("the last RUN is empty");
        }
        String served = artifact.get().served() ? ", served by nginx on port 80 instead of "
                + String.join(" ", program) : "";
        return new Plan(Optional.of(Fix.unsafe("Split into a build stage and a " + artifact.get().runtime()
                + " stage that copies " + artifact.get().path() + served + " (the runtime stage has none of the build"
                + " stage's packages, files or environment)", edits(dockerfile, stage.from(), body.get(lastRun),
                        artifact.get(), workdir, entry.get()))), "");
    }

    private static String javaRuntime(Optional<ImageReference> root) {
        String suggested = RuntimeBases.suggest(Toolchains.Ecosystem.JAVA, root);
        int space = suggested.indexOf(' ');
        return space < 0 ? suggested : suggested.substring(0, space);
    }

    /** The directory a static file server ({@code serve -s DIR}, {@code http-server DIR}) serves. */
    private static Optional<String> servedDirectory(List<String> program) {
        List<String> words = program.get(0).equals("npx") ? program.subList(1, program.size()) : program;
        if (words.isEmpty() || !(words.get(0).equals("serve") || words.get(0).equals("http-server"))) {
            return Optional.empty();
        }
        List<String> operands = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            if (word.equals("-l") || word.equals("--listen") || word.equals("-p") || word.equals("--port")) {
                i++;
            } else if (!word.startsWith("-")) {
                operands.add(word);
            }
        }
        return operands.size() == 1 && !operands.get(0).contains("*") ? Optional.of(operands.get(0)) : Optional.empty();
    }

    /** The ENTRYPOINT in effect, or the CMD when there is none. */
    private static Optional<Instruction> entry(List<Instruction> body) {
        Instruction entrypoint = null;
        Instruction cmd = null;
        for (Instruction instruction : body) {
            if (instruction instanceof EntrypointInstruction) {
                entrypoint = instruction;
            } else if (instruction instanceof CmdInstruction) {
                cmd = instruction;
            }
        }
        return Optional.ofNullable(entrypoint != null ? entrypoint : cmd);
    }

    /** The words of an ENTRYPOINT or CMD (shell form split at blanks). */
    private static Optional<CommandLine> commandLine(Instruction instruction) {
        return instruction instanceof EntrypointInstruction
                ? ((EntrypointInstruction) instruction).command() : ((CmdInstruction) instruction).command();
    }

    private static List<String> program(Instruction instruction) {
        Optional<CommandLine> line = commandLine(instruction);
        if (line.isEmpty()) {
            return List.of();
        }
        if (line.get() instanceof CommandLine.Exec) {
            return ((CommandLine.Exec) line.get()).arguments().stream().map(Word::text).toList();
        }
        String text = ((CommandLine.Shell) line.get()).text().text().strip();
        if (text.startsWith("exec ")) {
            text = text.substring(5).strip();
        }
        if (text.isEmpty() || text.matches(".*[;&|<>`\"'\\\\].*")) {
            return List.of();
        }
        return List.of(text.split("\\s+"));
    }

    /** {@code path} against the directory {@code dir}, normalised. */
    static String resolve(String dir, String path) {
        String joined = path.startsWith("/") ? path : (dir.endsWith("/") ? dir : dir + "/") + path;
        List<String> parts = new ArrayList<>();
        for (String part : joined.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.remove(parts.size() - 1);
                }
            } else {
                parts.add(part);
            }
        }
        return "/" + String.join("/", parts);
    }

    private static List<TextEdit> edits(Dockerfile dockerfile, FromInstruction from, Instruction lastRun,
                                        Artifact artifact, String workdir, Instruction entry) {
        SourceText source = dockerfile.source();
        boolean lower = from.keyword().text().equals(from.keyword().text().toLowerCase(Locale.ROOT));
        String stageName = from.stageName().map(Word::text).orElse(BUILD_STAGE);
        List<TextEdit> edits = new ArrayList<>();
        if (from.stageName().isEmpty()) {
            SourceRange end = from.range();
            edits.add(TextEdit.insert(new SourceRange(end.endLine(), end.endColumn(), end.endLine(), end.endColumn()),
                    (lower ? " as " : " AS ") + BUILD_STAGE));
        }
        String nl = source.newline();
        StringBuilder stage = new StringBuilder(nl);
        stage.append(lower ? "from " : "FROM ").append(artifact.runtime()).append(nl);
        if (!workdir.equals("/") && !artifact.served()) {
            stage.append(lower ? "workdir " : "WORKDIR ").append(workdir).append(nl);
        }
        stage.append(lower ? "copy" : "COPY").append(" --from=").append(stageName).append(' ')
                .append(artifact.path()).append(' ').append(artifact.target()).append(nl);
        int line = lastRun.range().endLine() + 1;
        edits.add(TextEdit.insert(new SourceRange(line, 1, line, 1), stage.toString()));
        if (artifact.served()) {
            edits.add(new TextEdit(commandLine(entry).orElseThrow().range(), NGINX_COMMAND));
        }
        return edits;
    }
}
