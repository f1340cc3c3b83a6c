package dev.dlint.engine;

import dev.dlint.config.ConfigException;
import dev.dlint.config.Configuration;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Fix;
import dev.dlint.text.SourceText;
import dev.dlint.text.Utf8;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fix loop of {@code dlint fix} for one file: lint, apply every fix that is wanted and does not overlap another
 * (whole, {@link FixApplier}), lint the result again, and repeat until no fix is left or {@link #MAX_PASSES} passes
 * have run. Configuration, pragmas and suppressions apply as in {@code dlint lint}, since every pass is a lint.
 *
 * <p>A pass is kept only when its result is no worse than the original file: no new syntax error, no rule failing
 * that did not, and no finding the original did not have (compared by rule and position-independent identity, see
 * {@link FindingIdentity}). When a pass is worse, its fixes are tried one at a time and each one that makes it worse
 * is rolled back and not offered again. A pass whose text was already seen (fixes undoing each other) or that changes
 * nothing is refused the same way, so the loop always ends, and a second run over its result changes nothing.
 * Everything the fixes do not touch is kept byte for byte: the byte-order mark, line endings, undecodable bytes.
 */
public final class Fixer {

    /** At most this many lint-and-fix passes per file. */
    public static final int MAX_PASSES = 10;

    private final Engine engine;
    private final FixOptions options;

    public Fixer(Engine engine, FixOptions options) {
        this.engine = engine;
        this.options = options;
    }

    /** A candidate fix with the finding it came from. */
    private record Candidate(Finding finding, Fix fix) {
        String key() {
            return FindingIdentity.key(finding) + "\u0000" + fix.description().replaceAll("\\d+", "#");
        }
    }

    /** What one pass kept: its text and lint, and the candidates whose fixes it contains. */
    private record Pass(SourceText text, FileResult result, List<Candidate> applied) {
    }

    /**
     * Fixes one file's bytes.
     *
     * @throws ConfigException when the configuration gives a rule an option it does not have or an invalid value
     */
    public FixResult fix(String path, byte[] bytes, Configuration config) throws ConfigException {
        FileResult baseline = engine.lint(path, bytes, config);
        SourceText original = baseline.source().orElseGet(() -> SourceText.decode(bytes));
        Baseline base = new Baseline(path, config, original.hasByteOrderMark(), baseline,
                engine.syntaxErrors(path, original));
        Set<String> rejected = new HashSet<>();
        List<FixResult.RefusedFix> refused = new ArrayList<>();
        List<FixResult.AppliedFix> applied = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(original.text());
        SourceText current = original;
        FileResult result = baseline;
        int passes = 0;
        boolean converged = false;
        while (true) {
            List<Candidate> candidates = candidates(result, rejected);
            if (candidates.isEmpty()) {
                converged = true;
                break;
            }
            if (passes == MAX_PASSES) {
                break;
            }
            passes++;
            Pass pass = pass(base, current, candidates, rejected, refused);
            if (pass.applied().isEmpty()) {
                continue; // every candidate was refused: the next round offers the others
            }
            if (!seen.add(pass.text().text())) {
                for (Candidate c : pass.applied()) {
                    refuse(c, "undoes an earlier fix", rejected, refused);
                }
                continue;
            }
            current = pass.text();
            result = pass.result();
            for (Candidate c : pass.applied()) {
                applied.add(new FixResult.AppliedFix(c.finding().rule(), c.fix().description(), c.fix().safe()));
            }
        }
        byte[] fixed = current == original ? bytes : base.encode(current.text());
        return new FixResult(path, Optional.of(bytes), Optional.of(fixed), applied, refused, passes, converged, result);
    }

    /** The fixes to apply to a lint result, in the engine's finding order, without those already refused. */
    private List<Candidate> candidates(FileResult result, Set<String> rejected) {
        List<Candidate> candidates = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (options.applies(finding)) {
                Candidate c = new Candidate(finding, finding.fix().get());
                if (!rejected.contains(c.key())) {
                    candidates.add(c);
                }
            }
        }
        return candidates;
    }

    /**
     * Applies the candidates that do not overlap; when the result is worse than the original, applies them one by
     * one instead, keeping each that does no harm.
     */
    private Pass pass(Baseline base, SourceText current, List<Candidate> candidates, Set<String> rejected,
                      List<FixResult.RefusedFix> refused) throws ConfigException {
        FixApplier.Result all = FixApplier.apply(current, candidates.stream().map(Candidate::fix).toList());
        List<Candidate> taken = candidates.stream().filter(c -> all.applied().contains(c.fix())).toList();
        if (all.text().equals(current.text())) {
            for (Candidate c : taken) {
                refuse(c, "changes nothing", rejected, refused);
            }
            return new Pass(current, base.result, List.of());
        }
        Trial trial = base.lint(all.text());
        if (trial.problem().isEmpty()) {
            return new Pass(trial.source(), trial.result(), taken);
        }
        List<Candidate> kept = new ArrayList<>();
        Trial last = null;
        for (Candidate c : taken) {
            List<Fix> fixes = new ArrayList<>(kept.stream().map(Candidate::fix).toList());
            fixes.add(c.fix());
            String text = FixApplier.apply(current, fixes).text();
            Trial one = base.lint(text);
            if (one.problem().isEmpty() && !text.equals(current.text())) {
                kept.add(c);
                last = one;
                continue;
            }
            if (kept.isEmpty()) {
                refuse(c, one.problem().orElse("changes nothing"), rejected, refused);
                continue;
            }
            // worse only together with the fixes kept before it: the next pass lints again and offers it anew
            String alone = FixApplier.apply(current, List.of(c.fix())).text();
            Trial itself = base.lint(alone);
            if (itself.problem().isPresent() || alone.equals(current.text())) {
                refuse(c, itself.problem().orElse("changes nothing"), rejected, refused);
            }
        }
        return last == null ? new Pass(current, base.result, List.of()) : new Pass(last.source(), last.result(), kept);
    }

    private static void refuse(Candidate c, String reason, Set<String> rejected, List<FixResult.RefusedFix> refused) {
        if (rejected.add(c.key())) {
            refused.add(new FixResult.RefusedFix(c.finding().rule(), c.fix().description(), reason));
        }
    }

    /** A fixed text, linted, and what makes it worse than the original, if anything. */
    private record Trial(SourceText source, FileResult result, Optional<String> problem) {
    }

    /** The original file: what every pass is compared with. */
    private final class Baseline {
        private final String path;
        private final Configuration config;
        private final boolean byteOrderMark;
        private final FileResult result;
        private final long syntaxErrors;

        Baseline(String path, Configuration config, boolean byteOrderMark, FileResult result, long syntaxErrors) {
            this.path = path;
            this.config = config;
            this.byteOrderMark = byteOrderMark;
            this.result = result;
            this.syntaxErrors = syntaxErrors;
        }

        byte[] encode(String text) {
            byte[] body = Utf8.encodeLossless(text);
            if (!byteOrderMark) {
                return body;
            }
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xEF;
            out[1] = (byte) 0xBB;
            out[2] = (byte) 0xBF;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }

        Trial lint(String text) throws ConfigException {
            FileResult linted = engine.lint(path, encode(text), config);
            SourceText source = linted.source().orElseGet(() -> SourceText.of(text));
            if (engine.syntaxErrors(path, source) > syntaxErrors) {
                return new Trial(source, linted, Optional.of("the result would not parse (a new syntax error)"));
            }
            if (linted.readError().isPresent() && result.readError().isEmpty()) {
                return new Trial(source, linted, Optional.of("a rule fails on the result: " + linted.readError().get()));
            }
            List<Finding> gained = FindingIdentity.gained(result, linted);
            if (!gained.isEmpty()) {
                Finding first = gained.get(0);
                return new Trial(source, linted, Optional.of("the result would gain a finding: " + first.rule() + " at line "
                        + first.range().startLine() + ": " + first.message()));
            }
            return new Trial(source, linted, Optional.empty());
        }
    }
}
