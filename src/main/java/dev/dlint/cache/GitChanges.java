package dev.dlint.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Changed files from git, relative to a build context inside a work tree: since a revision ({@code git diff
 * --name-only REV} plus untracked files that are not ignored), or per commit of the last ones on the first-parent
 * line. Renames count as a deletion and an addition. Files outside the context are left out.
 */
public final class GitChanges {

    /** git is missing, the directory is not in a work tree, a revision is unknown, or git failed. */
    public static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;

        public GitException(String message) {
            super(message);
        }
    }

    private static final long TIMEOUT_SECONDS = 120;

    private final Path top;
    /** The context's path relative to the top of the work tree, with a trailing slash; empty at the top. */
    private final String prefix;

    private GitChanges(Path top, String prefix) {
        this.top = top;
        this.prefix = prefix;
    }

    /** The work tree that holds {@code contextDir}. */
    public static GitChanges of(Path contextDir) throws GitException {
        Path context;
        try {
            context = contextDir.toRealPath();
        } catch (IOException e) {
            throw new GitException(contextDir + ": not a directory");
        }
        String shown = text(run(context, List.of("rev-parse", "--show-toplevel"), "not in a git work tree")).strip();
        Path top;
        try {
            top = Path.of(shown).toRealPath();
        } catch (IOException e) {
            throw new GitException("cannot find the top of the work tree: " + shown);
        }
        String relative = top.relativize(context).toString().replace('\\', '/');
        return new GitChanges(top, relative.isEmpty() ? "" : relative + "/");
    }

    /** Files changed in the work tree since {@code revision}, and untracked files that are not ignored. */
    public Set<String> since(String revision) throws GitException {
        String commit = resolve(revision);
        Set<String> files = new TreeSet<>();
        files.addAll(inContext(names(run(top, List.of("diff", "--name-only", "--no-renames", "-z", commit, "--"),
                "git diff failed"))));
        files.addAll(inContext(names(run(top, List.of("ls-files", "--others", "--exclude-standard", "-z"),
                "git ls-files failed"))));
        return files;
    }

    /**
     * The last {@code count} commits of {@code HEAD}'s first-parent line, newest first, each with the files it
     * changed against its first parent (a root commit: every file it adds).
     *
     * @param dockerfile the Dockerfile, to tell which commits edited it
     */
    public List<HistoryAnalysis.Commit> history(int count, Path dockerfile) throws GitException {
        Optional<String> dockerfileName = repositoryPath(dockerfile);
        String log = text(run(top, List.of("log", "--first-parent", "-n", String.valueOf(count),
                "--format=%H%x00%P%x00%s%x00", "HEAD"), "git log failed (does the repository have a commit?)"));
        String[] fields = log.split("\u0000", -1);
        List<HistoryAnalysis.Commit> commits = new ArrayList<>();
        for (int i = 0; i + 2 < fields.length; i += 3) {
            String id = fields[i].strip();
            String[] parents = fields[i + 1].strip().split(" ");
            String subject = fields[i + 2];
            List<String> changed = parents[0].isEmpty()
                    ? names(run(top, List.of("diff-tree", "--root", "-r", "--no-commit-id", "--name-only",
                            "--no-renames", "-z", id), "git diff-tree failed"))
                    : names(run(top, List.of("diff", "--name-only", "--no-renames", "-z", parents[0], id, "--"),
                            "git diff failed"));
            boolean edited = dockerfileName.isPresent() && changed.contains(dockerfileName.get());
            commits.add(new HistoryAnalysis.Commit(id, subject, ChangeSet.of(inContext(changed), Set.of()), edited));
        }
        return commits;
    }

    private String resolve(String revision) throws GitException {
        if (revision.startsWith("-")) {
            throw new GitException("not a revision: " + revision);
        }
        return text(run(top, List.of("rev-parse", "--verify", "--quiet", revision + "^{commit}"),
                "unknown revision: " + revision)).strip();
    }

    private Optional<String> repositoryPath(Path file) {
        try {
            Path real = file.toRealPath();
            return real.startsWith(top) ? Optional.of(top.relativize(real).toString().replace('\\', '/'))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private List<String> inContext(List<String> paths) {
        List<String> kept = new ArrayList<>();
        for (String path : paths) {
            if (path.startsWith(prefix)) {
                kept.add(path.substring(prefix.length()));
            }
        }
        return kept;
    }

    private static List<String> names(byte[] output) {
        List<String> names = new ArrayList<>();
        for (String name : text(output).split("\u0000")) {
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Runs git in {@code dir} and returns its standard output; {@code failure} describes a non-zero exit. */
    private static byte[] run(Path dir, List<String> args, String failure) throws GitException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "core.quotePath=false", "-C", dir.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("GIT_TERMINAL_PROMPT", "0");
        builder.environment().put("LC_ALL", "C");
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new GitException("cannot run git (is it installed?): " + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread drain = new Thread(() -> copy(process.getErrorStream(), errors), "git-stderr");
            drain.setDaemon(true);
            drain.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException("git " + String.join(" ", args) + " took longer than " + TIMEOUT_SECONDS
                        + " s");
            }
            drain.join(TimeUnit.SECONDS.toMillis(5));
            if (process.exitValue() != 0) {
                String message = errors.toString(StandardCharsets.UTF_8).strip();
                int newline = message.indexOf('\n');
                throw new GitException(failure + (message.isEmpty() ? "" : " (" + (newline < 0 ? message
                        : message.substring(0, newline)) + ")"));
            }
            return output;
        } catch (IOException e) {
            process.destroyForcibly();
            throw new GitException("git failed: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new GitException("interrupted while git ran");
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // git's messages are only shown when it fails; a broken pipe leaves them out
        }
    }
}
