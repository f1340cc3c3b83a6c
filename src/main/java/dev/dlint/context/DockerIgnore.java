package dev.dlint.context;

import dev.dlint.text.BoundedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code .dockerignore} read and matched exactly as BuildKit does it.
 *
 * <p>Reading follows moby's {@code ignorefile.ReadAll}: a UTF-8 byte order mark is dropped from the first line,
 * lines end at {@code \n} (one trailing {@code \r} is dropped), a line is a comment only when {@code #} is its very
 * first character (so {@code "  # x"} is the pattern {@code "# x"}), lines are trimmed of Unicode white space, a
 * leading {@code !} marks an exclusion and is followed by another trim, the rest is cleaned like Go's
 * {@code filepath.Clean} and loses one leading {@code /}. {@code patternmatcher.New} then trims and cleans again,
 * rejects a lone {@code !} and validates every pattern with {@code filepath.Match}.
 *
 * <p>Matching has the two flavours BuildKit uses (see {@link PatternMatcher}): {@link #excludes} is the
 * {@code MatchesOrParentMatches} question BuildKit's CopyIgnoredFile check asks about a {@code COPY} source;
 * {@link #verdict} is what fsutil decides for each entry while it sends the context. They differ only for files
 * below a directory matched by a pattern that was skipped because an earlier pattern had already decided.
 */
public final class DockerIgnore {

    /** The name of the context's ignore file. */
    public static final String FILE_NAME = ".dockerignore";

    private static final int MAX_LINE_BYTES = 64 * 1024;
    private static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

    private final String sourceName;
    private final List<IgnorePattern> patterns;
    private final PatternMatcher matcher;

    private DockerIgnore(String sourceName, List<IgnorePattern> patterns, PatternMatcher matcher) {
        this.sourceName = sourceName;
        this.patterns = List.copyOf(patterns);
        this.matcher = matcher;
    }

    /** No ignore file: nothing is excluded. */
    public static DockerIgnore none() {
        try {
            return new DockerIgnore("(none)", List.of(), PatternMatcher.compile(List.of()));
        } catch (PatternMatcher.InvalidPattern e) {
            throw new AssertionError(e);
        }
    }

    /**
     * Parses ignore-file text.
     *
     * @param sourceName how messages name the file ({@code ".dockerignore"})
     * @throws DockerIgnoreException for a line BuildKit rejects: a lone {@code !}, a pattern
     *     {@code filepath.Match} calls malformed, one whose translated expression does not compile, or a line of
     *     64 KiB or more
     */
    public static DockerIgnore parse(String text, String sourceName) throws DockerIgnoreException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        List<String> raw = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<String> scanned = scanLines(text);
        for (int n = 0; n < scanned.size(); n++) {
            String line = scanned.get(n);
            if (line.getBytes(StandardCharsets.UTF_8).length >= MAX_LINE_BYTES) {
                throw new DockerIgnoreException(sourceName, n + 1,
                        "line of 64 KiB or more (BuildKit fails with \"bufio.Scanner: token too long\")");
            }
            if (n == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.startsWith("#")) {
                continue;
            }
            String p = GoText.trimSpace(line);
            if (p.isEmpty()) {
                continue;
            }
            String trimmed = p;
            boolean invert = p.charAt(0) == '!';
            if (invert) {
                p = GoText.trimSpace(p.substring(1));
            }
            if (!p.isEmpty()) {
                p = GoText.clean(p);
                if (p.length() > 1 && p.charAt(0) == '/') {
                    p = p.substring(1);
                }
            }
            if (invert) {
                p = "!" + p;
            }
            raw.add(p);
            lines.add(n + 1);
            written.add(trimmed);
        }
        PatternMatcher matcher;
        try {
            matcher = PatternMatcher.compile(raw);
        } catch (PatternMatcher.InvalidPattern e) {
            throw new DockerIgnoreException(sourceName, lines.get(e.index), e.getMessage() + ": "
                    + written.get(e.index));
        }
        List<IgnorePattern> out = new ArrayList<>();
        for (int i = 0; i < matcher.size(); i++) {
            int source = matcher.sourceIndex(i);
            CompiledPattern compiled = matcher.pattern(i);
            out.add(new IgnorePattern(lines.get(source), written.get(source), compiled.text(), compiled.exclusion()));
        }
        return new DockerIgnore(sourceName, out, matcher);
    }

    /**
     * Reads and parses an ignore file (invalid UTF-8 becomes U+FFFD). Files of 16 MiB or more are refused.
     *
     * @throws IOException when the file cannot be read
     */
    public static DockerIgnore read(Path file) throws IOException, DockerIgnoreException {
        String name = String.valueOf(file.getFileName());
        try {
            return parse(new String(BoundedFiles.read(file, MAX_FILE_BYTES - 1), StandardCharsets.UTF_8), name);
        } catch (BoundedFiles.TooLargeException e) {
            throw new DockerIgnoreException(name, 0, "larger than 16 MiB");
        }
    }

    /**
     * The ignore file BuildKit uses for a build: {@code <Dockerfile name>.dockerignore} next to the Dockerfile
     * when it exists, else {@code .dockerignore} at the root of the context (BuildKit's dockerui reads
     * {@code filename + ".dockerignore"} from the Dockerfile's directory first). Pass the Dockerfile as named on
     * the command line ({@code -f}, or {@code <context>/Dockerfile} by default): BuildKit derives the name from
     * that, so a lower-case {@code dockerfile} found by fallback still pairs with {@code Dockerfile.dockerignore}.
     * A candidate must be a regular file; a symlink counts when it resolves, inside its directory, to one.
     * An empty {@code Dockerfile.dockerignore} is taken as present (no exclusions), which is BuildKit's documented
     * precedence; some frontend transports drop empty files and fall back to {@code .dockerignore}.
     */
    public static Optional<Path> locate(Path contextDir, Path dockerfile) {
        if (dockerfile != null && dockerfile.getFileName() != null) {
            Path specific = dockerfile.resolveSibling(dockerfile.getFileName() + FILE_NAME);
            if (isRegularFileInside(specific)) {
                return Optional.of(specific);
            }
        }
        Path general = contextDir.resolve(FILE_NAME);
        return isRegularFileInside(general) ? Optional.of(general) : Optional.empty();
    }

    private static boolean isRegularFileInside(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null) {
            return false;
        }
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (attrs.isRegularFile()) {
                return true;
            }
            if (!attrs.isSymbolicLink()) {
                return false;
            }
            String resolved = RootPaths.resolve("/" + file.getFileName(), rooted -> linkOnDisk(dir, rooted));
            Path target = dir.resolve(RootPaths.relative(resolved));
            return Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isRegularFile();
        } catch (IOException | RootPaths.TooManyLinks e) {
            return false;
        }
    }

    private static Optional<String> linkOnDisk(Path root, String rooted) {
        Path p = root.resolve(RootPaths.relative(rooted));
        if (!Files.isSymbolicLink(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readSymbolicLink(p).toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** How messages name the file. */
    public String sourceName() {
        return sourceName;
    }

    /** The patterns in file order, comments and blank lines left out. */
    public List<IgnorePattern> patterns() {
        return patterns;
    }

    public boolean isEmpty() {
        return patterns.isEmpty();
    }

    /** Whether any pattern is a {@code !} exclusion (BuildKit's CopyIgnoredFile check stays silent then). */
    public boolean hasExclusions() {
        return matcher.exclusions();
    }

    /**
     * BuildKit's CopyIgnoredFile question: is {@code path} (cleaned, as the check cleans a {@code COPY} source)
     * or any of its parent directories excluded by the last pattern that decides? A leading {@code /} is kept,
     * as in BuildKit, so {@code "/app"} never matches.
     */
    public boolean excludes(String path) {
        return orParent(path).matched();
    }

    /** The pattern that decided {@link #excludes} for {@code path}, for messages pointing at its line. */
    public Optional<IgnorePattern> decidingPattern(String path) {
        PatternMatcher.Answer answer = orParent(path);
        return answer.decidedBy() < 0 ? Optional.empty() : Optional.of(patterns.get(answer.decidedBy()));
    }

    /**
     * What fsutil decides for {@code path} (relative to the context; {@code ./} and a leading {@code /} are
     * tolerated) while it sends the context: excluded or not, and which pattern decided.
     */
    public IgnoreVerdict verdict(String path) {
        String clean = GoText.clean(path);
        while (clean.startsWith("/")) {
            clean = clean.substring(1);
        }
        if (clean.isEmpty() || clean.equals(".")) {
            return new IgnoreVerdict(false, Optional.empty());
        }
        return toVerdict(matcher.walkAnswer(clean));
    }

    PatternMatcher matcher() {
        return matcher;
    }

    IgnoreVerdict toVerdict(PatternMatcher.Answer answer) {
        Optional<IgnorePattern> decided = answer.decidedBy() < 0 ? Optional.empty()
                : Optional.of(patterns.get(answer.decidedBy()));
        return new IgnoreVerdict(answer.matched(), decided);
    }

    private PatternMatcher.Answer orParent(String path) {
        String clean = GoText.clean(path);
        if (clean.equals(".")) {
            return new PatternMatcher.Answer(false, -1, null);
        }
        return matcher.matchesOrParentMatches(clean);
    }

    /** Go's {@code bufio.ScanLines}: split at {@code \n}, drop one trailing {@code \r}, no empty last line. */
    private static List<String> scanLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            lines.add(line);
            start = nl < 0 ? text.length() : nl + 1;
        }
        return lines;
    }

    @Override
    public String toString() {
        return sourceName + " (" + patterns.size() + " patterns)";
    }
}
