package dev.dlint.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a {@code COPY}/{@code ADD} source against a context snapshot the way BuildKit's Dockerfile frontend and
 * fsutil's copier do:
 * <ol>
 * <li>{@code --parents} cuts the source at {@code /./}: the part before is the source, the part after (or the
 * whole source when there is no {@code /./}, the source then being the root) becomes an include pattern, matched
 * with {@code patternmatcher} rules, so {@code **} works there and only there;</li>
 * <li>the source is made absolute in the context ({@code ..} stops at the root) and split at the first segment
 * with an unescaped {@code *}, {@code ?} or {@code [};</li>
 * <li>without wildcards the source, with every symlink resolved inside the context, must exist;</li>
 * <li>with wildcards the leading directory must exist, and every path below it whose remainder matches
 * {@code filepath.Match} is a source (a matched directory is not searched further). {@code filepath.Match} has no
 * {@code **}: a star never crosses {@code /}, so {@code src/**}{@code /x} means exactly one directory between;</li>
 * <li>each source is copied whole, its symlinks as symlinks; {@code --exclude} and include patterns are matched
 * against paths relative to that source, directory results passed down as fsutil passes them, and never against
 * the source itself.</li>
 * </ol>
 */
final class CopySelector {

    private final BuildContext context;

    CopySelector(BuildContext context) {
        this.context = context;
    }

    CopySelection select(CopySource request) {
        String source = request.source();
        if (context.isTruncated()) {
            return CopySelection.of(source, CopyOutcome.UNKNOWN, "the context snapshot is truncated: "
                    + context.truncation().get().detail());
        }
        if (isRemote(source)) {
            return CopySelection.of(source, CopyOutcome.REMOTE, "not taken from the build context");
        }
        PatternMatcher excludes;
        PatternMatcher includes = null;
        try {
            excludes = request.excludes().isEmpty() ? null : PatternMatcher.compile(request.excludes());
        } catch (PatternMatcher.InvalidPattern e) {
            return CopySelection.of(source, CopyOutcome.INVALID_PATTERN, "--exclude=" + request.excludes()
                    .get(e.index) + ": " + e.getMessage());
        }
        String path = source;
        if (request.parents()) {
            int cut = source.indexOf("/./");
            String pattern = cut < 0 ? source : source.substring(cut + 3);
            path = cut < 0 ? "/" : source.substring(0, cut);
            try {
                includes = PatternMatcher.compile(List.of(GoText.rooted(pattern).substring(1)));
            } catch (PatternMatcher.InvalidPattern e) {
                return CopySelection.of(source, CopyOutcome.INVALID_PATTERN, "--parents pattern: " + e.getMessage());
            }
        }
        String rooted = GoText.rooted(path);
        List<String> sources = new ArrayList<>();
        try {
            CopySelection failure = resolveSources(source, rooted, sources);
            if (failure != null) {
                return failure;
            }
        } catch (RootPaths.TooManyLinks e) {
            return CopySelection.of(source, CopyOutcome.SYMLINK_LOOP, e.getMessage());
        }
        List<ContextEntry> selected = new ArrayList<>();
        for (String s : sources) {
            collect(s, includes, excludes, selected);
        }
        selected.sort(Comparator.comparing(ContextEntry::path));
        long files = 0;
        long bytes = 0;
        for (ContextEntry e : selected) {
            if (e.isFile()) {
                files++;
                bytes += e.size();
            }
        }
        if (request.parents() && selected.isEmpty()) {
            return CopySelection.of(source, CopyOutcome.NOTHING_MATCHED, "the --parents pattern matches nothing");
        }
        return new CopySelection(source, CopyOutcome.SELECTED, selected, new FileTotals(files, bytes),
                Optional.empty(), "");
    }

    /** Fills {@code sources} with resolved context-relative paths, or returns the failure. */
    private CopySelection resolveSources(String source, String rooted, List<String> sources)
            throws RootPaths.TooManyLinks {
        String[] split = splitWildcards(rooted);
        if (split[1].isEmpty()) {
            String resolved = RootPaths.relative(RootPaths.resolve(rooted, this::link));
            if (!exists(resolved)) {
                return notFound(source, RootPaths.relative(rooted), resolved);
            }
            sources.add(resolved);
            return null;
        }
        String base = RootPaths.relative(RootPaths.resolve(split[0], this::link));
        if (!exists(base)) {
            return CopySelection.of(source, CopyOutcome.WILDCARD_BASE_NOT_FOUND, "/" + base
                    + ": no such file or directory");
        }
        List<String> matches = new ArrayList<>();
        String skip = null;
        String basePrefix = base.isEmpty() ? "" : base + "/";
        for (ContextEntry e : context.below(base)) {
            if (!e.isSent()) {
                continue;
            }
            if (skip != null && e.path().startsWith(skip)) {
                continue;
            }
            skip = null;
            String rel = e.path().substring(basePrefix.length());
            if (GoGlob.match(split[1], rel) == GoGlob.Result.MATCH) {
                matches.add(e.path());
                if (e.isDirectory()) {
                    skip = e.path() + "/";
                }
            }
        }
        if (matches.isEmpty()) {
            return CopySelection.of(source, CopyOutcome.NOTHING_MATCHED, "no file matches " + split[1]
                    + (base.isEmpty() ? "" : " in " + base));
        }
        for (String m : matches) {
            String resolved = RootPaths.relative(RootPaths.resolve(m, this::link));
            if (!exists(resolved)) {
                return CopySelection.of(source, CopyOutcome.NOT_FOUND, m + " is a symlink to " + resolved
                        + ", which is not in the context");
            }
            sources.add(resolved);
        }
        return null;
    }

    private CopySelection notFound(String source, String asWritten, String resolved) {
        Optional<IgnorePattern> excludedBy = Optional.empty();
        for (String candidate : List.of(asWritten, resolved)) {
            Optional<ContextEntry> e = context.entry(candidate);
            if (e.isPresent() && !e.get().isSent()) {
                excludedBy = e.get().decidedBy();
                break;
            }
            if (excludedBy.isEmpty() && !candidate.isEmpty()) {
                IgnoreVerdict v = context.ignore().verdict(candidate);
                if (v.excluded()) {
                    excludedBy = v.decidedBy();
                    break;
                }
            }
        }
        String detail = excludedBy.map(p -> "excluded by " + context.ignore().sourceName() + " " + p.describe())
                .orElse("/" + resolved + ": not found");
        return new CopySelection(source, CopyOutcome.NOT_FOUND, List.of(), FileTotals.ZERO, excludedBy, detail);
    }

    /** Adds what copying the resolved source {@code path} takes. */
    private void collect(String path, PatternMatcher includes, PatternMatcher excludes, List<ContextEntry> out) {
        if (!path.isEmpty()) {
            ContextEntry top = context.sent(path).orElseThrow();
            if (!top.isDirectory()) {
                out.add(top);
                return;
            }
        }
        String prefix = path.isEmpty() ? "" : path + "/";
        Map<String, boolean[][]> inherited = new HashMap<>();
        for (ContextEntry e : context.below(path)) {
            if (!e.isSent()) {
                continue;
            }
            String rel = e.path().substring(prefix.length());
            int slash = rel.lastIndexOf('/');
            boolean[][] parent = slash < 0 ? new boolean[2][] : inherited.get(rel.substring(0, slash));
            if (parent == null) {
                parent = new boolean[2][];
            }
            boolean included = true;
            boolean[][] mine = new boolean[2][];
            if (includes != null) {
                PatternMatcher.Answer a = includes.matchesUsingParentResults(rel, parent[0]);
                included = a.matched();
                mine[0] = a.inherited();
            }
            if (excludes != null) {
                PatternMatcher.Answer a = excludes.matchesUsingParentResults(rel, parent[1]);
                if (a.matched()) {
                    included = false;
                }
                mine[1] = a.inherited();
            }
            if (e.isDirectory()) {
                inherited.put(rel, mine);
            } else if (included) {
                out.add(e);
            }
        }
    }

    private boolean exists(String path) {
        return path.isEmpty() || context.sent(path).isPresent();
    }

    private Optional<String> link(String rootedPath) {
        Optional<ContextEntry> e = context.sent(RootPaths.relative(rootedPath));
        return e.filter(x -> x.kind() == EntryKind.SYMLINK).flatMap(ContextEntry::linkTarget);
    }

    /** fsutil's {@code splitWildcards} on a rooted path: the part before the first wildcard segment, and the rest. */
    private static String[] splitWildcards(String rooted) {
        String[] parts = rooted.split("/", -1);
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        boolean found = false;
        for (String part : parts) {
            if (!found && GoGlob.containsWildcards(part)) {
                found = true;
            }
            String p = part.isEmpty() ? "/" : part;
            (found ? after : before).add(p);
        }
        return new String[] {join(before), join(after)};
    }

    private static String join(List<String> parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(p);
        }
        return sb.length() == 0 ? "" : GoText.clean(sb.toString());
    }

    private static boolean isRemote(String source) {
        return source.startsWith("http://") || source.startsWith("https://") || source.startsWith("git@")
                || source.startsWith("git://") || source.startsWith("ssh://");
    }
}
