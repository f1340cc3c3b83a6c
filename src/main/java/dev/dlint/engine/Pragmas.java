package dev.dlint.engine;

import dev.dlint.model.Comment;
import dev.dlint.model.Directive;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.Instruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.BuildKitChecks;
import dev.dlint.rule.Finding;
import dev.dlint.rule.RuleCatalog;
import dev.dlint.rule.RuleNames;
import dev.dlint.rule.Suppression;
import dev.dlint.text.SourceRange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppressions written in a Dockerfile, resolved to rule names through aliases:
 * <ul>
 *   <li>{@code # dlint ignore=RuleA,RuleB -- reason} in the comment lines directly above an instruction;
 *       {@code # dlint global ignore=…} for the file; {@code # dlint stage ignore=…} above a FROM for its stage;</li>
 *   <li>hadolint's {@code # hadolint ignore=DL3006} (the next line only), {@code global ignore} and {@code stage ignore};</li>
 *   <li>BuildKit's {@code # check=skip=A,B} directive for the file (or the {@code BUILDKIT_DOCKERFILE_CHECK} build
 *       argument, which replaces it), and the per-instruction {@code # check=} comment. As in BuildKit, {@code skip}
 *       never silences an experimental check.</li>
 * </ul>
 * The {@code check} directive also turns experimental checks on ({@code experimental=A|all}, for the file or for one
 * instruction) and makes BuildKit fail the build on any violation ({@code error=true}, for the file only).
 */
public final class Pragmas {

    private static final Pattern PRAGMA = Pattern.compile(
            "^(dlint|hadolint)\\s+(?:(global|stage)\\s+)?ignore\\s*=\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HADOLINT_CODES = Pattern.compile("^([A-Za-z0-9]+(?:\\s*,\\s*[A-Za-z0-9]+)*)\\s*(#.*)?$");
    private static final Pattern CHECK_COMMENT = Pattern.compile("^check\\s*=\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final String ALL = "*";

    /**
     * Rules silenced somewhere, with the justification written next to the pragma.
     *
     * @param ids      what it names, as {@link RuleNames} keeps names: a rule's name silences all of its findings,
     *                 an alias ({@code DL3007}, {@code SC2086}) the findings that carry it
     * @param buildKit whether BuildKit's {@code skip} wrote it, which leaves experimental checks alone
     */
    private record Silence(List<String> ids, String justification, boolean buildKit) {

        boolean covers(Finding finding) {
            if (buildKit && BuildKitChecks.isExperimental(finding.rule())) {
                return false;
            }
            return ids.contains(ALL) || ids.stream().anyMatch(id -> RuleNames.selects(id, finding));
        }
    }

    private final List<Silence> global = new ArrayList<>();
    private final Map<Integer, List<Silence>> byInstruction = new HashMap<>();
    private final Map<Integer, List<Silence>> byStage = new HashMap<>();
    private final Map<Integer, CheckOptions> checksByInstruction = new HashMap<>();
    private final List<Instruction> instructions;
    private final List<Stage> stages;
    private CheckOptions fileChecks = CheckOptions.parse("").orElseThrow();

    private Pragmas(Dockerfile dockerfile) {
        this.instructions = dockerfile.instructions();
        this.stages = dockerfile.stages();
    }

    /** Reads the pragmas of a file; {@code rules} resolves names and aliases. */
    public static Pragmas of(Dockerfile dockerfile, RuleCatalog rules) {
        return of(dockerfile, rules, Optional.empty());
    }

    /**
     * Reads the pragmas of a file.
     *
     * @param checkArgument the value of the {@code BUILDKIT_DOCKERFILE_CHECK} build argument, which replaces the
     *                      file's {@code # check=} directive wholesale, as in BuildKit
     */
    public static Pragmas of(Dockerfile dockerfile, RuleCatalog rules, Optional<String> checkArgument) {
        return of(dockerfile, rules, checkArgument, false);
    }

    /**
     * Reads the pragmas of a file.
     *
     * @param checkArgument   the value of the {@code BUILDKIT_DOCKERFILE_CHECK} build argument, which replaces the
     *                        file's {@code # check=} directive wholesale, as in BuildKit
     * @param ignoreDisabled  disregard {@code # dlint ignore=} and {@code # hadolint ignore=} in every scope, as
     *                        hadolint's {@code --disable-ignore-pragma} does; BuildKit's {@code # check=skip=} still
     *                        applies, since BuildKit honours it in the build itself
     */
    public static Pragmas of(Dockerfile dockerfile, RuleCatalog rules, Optional<String> checkArgument,
                             boolean ignoreDisabled) {
        Pragmas pragmas = new Pragmas(dockerfile);
        pragmas.read(dockerfile, rules, checkArgument, ignoreDisabled);
        return pragmas;
    }

    /** Whether the file turns the experimental check {@code rule} on anywhere: for the file or one instruction. */
    public boolean turnsOn(String rule) {
        return fileChecks.turnsOn(rule) || checksByInstruction.values().stream().anyMatch(c -> c.turnsOn(rule));
    }

    /** Whether the experimental check {@code rule} is on at {@code range}: for the file, or for that instruction. */
    public boolean turnsOn(String rule, SourceRange range) {
        if (fileChecks.turnsOn(rule)) {
            return true;
        }
        CheckOptions local = checksByInstruction.get(instructionAt(range.startLine()));
        return local != null && local.turnsOn(rule);
    }

    /** Whether {@code # check=error=true} is set: BuildKit fails the build on the first violation of its checks. */
    public boolean failsBuild() {
        return fileChecks.error();
    }

    /**
     * The suppression that silences a finding: by its rule, or by one of its aliases that names no rule (a code such
     * as ShellCheck's {@code SC2086}, which a relaying rule gives its findings).
     */
    public Optional<Suppression> suppression(Finding finding) {
        SourceRange range = finding.range();
        for (Silence s : global) {
            if (s.covers(finding)) {
                return Optional.of(new Suppression(true, s.justification()));
            }
        }
        int instruction = instructionAt(range.startLine());
        if (instruction < 0) {
            return Optional.empty();
        }
        for (Silence s : byInstruction.getOrDefault(instruction, List.of())) {
            if (s.covers(finding)) {
                return Optional.of(new Suppression(true, s.justification()));
            }
        }
        for (Stage stage : stages) {
            boolean inStage = stage.from().index() == instruction
                    || stage.instructions().stream().anyMatch(i -> i.index() == instruction);
            if (inStage) {
                for (Silence s : byStage.getOrDefault(stage.index(), List.of())) {
                    if (s.covers(finding)) {
                        return Optional.of(new Suppression(true, s.justification()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The instruction on {@code line}, or whose comment block (the comments right above it) holds it. */
    private int instructionAt(int line) {
        for (Instruction instruction : instructions) {
            int first = instruction.header().comments().isEmpty() ? instruction.range().startLine()
                    : Math.min(instruction.range().startLine(), instruction.header().comments().get(0).range().startLine());
            if (first <= line && line <= instruction.range().endLine()) {
                return instruction.index();
            }
        }
        return -1;
    }

    private void read(Dockerfile dockerfile, RuleCatalog rules, Optional<String> checkArgument, boolean ignoreDisabled) {
        Optional<String> check = checkArgument.isPresent() ? checkArgument
                : dockerfile.directive("check").map(Directive::value);
        check.flatMap(CheckOptions::parse).ifPresent(options -> {
            fileChecks = options;
            checkSkip(options, rules).ifPresent(global::add);
        });
        Map<Integer, Comment> commentsByLine = new HashMap<>();
        for (Comment comment : dockerfile.comments()) {
            commentsByLine.put(comment.range().startLine(), comment);
        }
        for (Comment comment : dockerfile.comments()) {
            Matcher m = PRAGMA.matcher(comment.text());
            if (ignoreDisabled || !m.matches()) {
                continue;
            }
            boolean hadolint = m.group(1).equalsIgnoreCase("hadolint");
            Optional<Silence> silence = hadolint ? hadolintList(m.group(3), rules) : dlintList(m.group(3), rules);
            if (silence.isEmpty()) {
                continue;
            }
            String scope = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            int line = comment.range().startLine();
            if (scope.equals("global")) {
                global.add(silence.get());
                continue;
            }
            Optional<Instruction> target = hadolint ? instructionStartingAt(line + 1)
                    : instructionBelowCommentBlock(line, commentsByLine);
            if (target.isEmpty()) {
                continue;
            }
            if (scope.equals("stage")) {
                stageStartingWith(target.get()).ifPresent(stage ->
                        byStage.computeIfAbsent(stage.index(), k -> new ArrayList<>()).add(silence.get()));
            } else {
                byInstruction.computeIfAbsent(target.get().index(), k -> new ArrayList<>()).add(silence.get());
            }
        }
        for (Instruction instruction : instructions) {
            for (Comment comment : instruction.header().comments()) {
                Matcher m = CHECK_COMMENT.matcher(comment.text());
                Optional<CheckOptions> options = m.matches() ? CheckOptions.parse(m.group(1)) : Optional.empty();
                if (options.isPresent()) {
                    checksByInstruction.put(instruction.index(), options.get());
                    checkSkip(options.get(), rules).ifPresent(s ->
                            byInstruction.computeIfAbsent(instruction.index(), k -> new ArrayList<>()).add(s));
                    break;
                }
            }
        }
    }

    private Optional<Instruction> instructionStartingAt(int line) {
        return instructions.stream().filter(i -> i.range().startLine() == line).findFirst();
    }

    /** The instruction right below the run of comment lines that contains {@code line}. */
    private Optional<Instruction> instructionBelowCommentBlock(int line, Map<Integer, Comment> comments) {
        int next = line + 1;
        while (comments.containsKey(next)) {
            next++;
        }
        return instructionStartingAt(next);
    }

    private Optional<Stage> stageStartingWith(Instruction from) {
        return stages.stream().filter(s -> s.from() == from).findFirst();
    }

    /** {@code RuleA, RuleB -- reason}. */
    private static Optional<Silence> dlintList(String text, RuleCatalog rules) {
        String list = text;
        String reason = "";
        int dashes = text.indexOf(" -- ");
        if (dashes >= 0) {
            list = text.substring(0, dashes);
            reason = text.substring(dashes + 4).strip();
        }
        return Optional.of(new Silence(resolve(list.split(","), rules), reason, false));
    }

    /** hadolint's list: codes separated by commas, an optional {@code # reason}; one malformed code voids it. */
    private static Optional<Silence> hadolintList(String text, RuleCatalog rules) {
        Matcher m = HADOLINT_CODES.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String reason = m.group(2) == null ? "" : m.group(2).substring(1).strip();
        String[] codes = m.group(1).split(",");
        return Optional.of(new Silence(resolve(codes, rules), reason, false));
    }

    /** The rules a {@code check} directive or comment skips: {@code skip=A,B} or {@code skip=all}. */
    private static Optional<Silence> checkSkip(CheckOptions options, RuleCatalog rules) {
        if (options.skipAll()) {
            return Optional.of(new Silence(List.of(ALL), options.comment(), true));
        }
        if (options.skip().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Silence(resolve(options.skip().toArray(new String[0]), rules), options.comment(), true));
    }

    /** The names as {@link RuleNames} keeps them; a name that is nobody's is kept as written and selects nothing. */
    private static List<String> resolve(String[] ids, RuleCatalog rules) {
        RuleNames names = new RuleNames(rules);
        List<String> resolved = new ArrayList<>();
        for (String id : ids) {
            String trimmed = id.strip();
            if (!trimmed.isEmpty()) {
                resolved.add(names.find(trimmed).map(RuleNames.Name::id).orElse(trimmed));
            }
        }
        return resolved;
    }
}
