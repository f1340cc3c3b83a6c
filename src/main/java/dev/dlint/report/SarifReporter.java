package dev.dlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Category;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Fix;
import dev.dlint.rule.Related;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.Severity;
import dev.dlint.rule.Suppression;
import dev.dlint.rule.TextEdit;
import dev.dlint.text.SourceRange;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The {@code sarif} format: SARIF 2.1.0 as GitHub code scanning reads it, one run per invocation.
 *
 * <p>{@code tool.driver.rules} lists the rules that reported (or the whole catalogue), with help from the rule
 * documents; each result has its rule, level, message, one location relative to {@code %SRCROOT%} with an exact
 * region, related locations (linked from the message, which is how GitHub shows them), GitHub's
 * {@code primaryLocationLineHash}, fixes, and, when asked, the suppressions of silenced findings. Files that could
 * not be read or parsed become {@code toolExecutionNotifications}. Output is deterministic: keys in a fixed order,
 * results by file, position and rule, no timestamps unless asked for. Written with a streaming generator, because
 * object mapping costs hundreds of milliseconds of start-up.
 */
public final class SarifReporter implements Reporter {

    /** GitHub keeps at most this many results per run. */
    public static final int MAX_RESULTS = 25_000;
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SOURCE_ROOT = "%SRCROOT%";
    private static final String SYNTAX_ERROR_RULE = Finding.SYNTAX_ERROR;
    private static final Pattern HADOLINT_CODE = Pattern.compile("DL\\d{4}");

    private final ReportContext context;
    private final int maxResults;
    private final Supplier<Instant> clock;

    public SarifReporter(ReportContext context) {
        this(context, MAX_RESULTS, Instant::now);
    }

    SarifReporter(ReportContext context, int maxResults, Supplier<Instant> clock) {
        this.context = context;
        this.maxResults = maxResults;
        this.clock = clock;
    }

    /** One result to write: a finding, its file, and the line hash of its first line. */
    private record Entry(int order, FileResult file, Finding finding, Optional<String> lineHash) {
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        ReportedRules rules = ReportedRules.of(report, context.rules(), context.sarifAllRules(),
                context.includeSuppressed());
        List<SarifNotification> notifications = new ArrayList<>();
        List<Entry> entries = collect(report, notifications);
        if (entries.size() > maxResults) {
            notifications.add(new SarifNotification(SarifNotification.Kind.RESULTS_TRUNCATED, "Only the "
                    + maxResults + " most severe of " + entries.size() + " results are listed; GitHub drops a run "
                    + "with more.", Optional.empty(), Optional.empty()));
            entries = mostSevere(entries, maxResults);
        }
        try (JsonGenerator json = JsonOutput.pretty(out)) {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            tool(json, rules, notifications);
            json.writeObjectFieldStart("automationDetails");
            JsonOutput.string(json, "id", context.sarifCategory());
            json.writeEndObject();
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SOURCE_ROOT);
            JsonOutput.textObject(json, "description", "The root of the repository that was linted.");
            json.writeEndObject();
            json.writeEndObject();
            json.writeStringField("columnKind", "utf16CodeUnits");
            invocation(json, report, notifications);
            json.writeArrayFieldStart("results");
            for (Entry entry : entries) {
                result(json, rules, entry);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        out.write('\n');
    }

    private List<Entry> collect(Report report, List<SarifNotification> notifications) {
        List<Entry> entries = new ArrayList<>();
        for (FileResult file : report.files()) {
            if (file.readError().isPresent()) {
                notifications.add(new SarifNotification(SarifNotification.Kind.UNREADABLE_INPUT,
                        "Cannot read " + file.path() + ": " + file.readError().get() + ".", located(file.path()),
                        Optional.empty()));
                continue;
            }
            List<Finding> findings = context.includeSuppressed() ? file.findings() : file.reported();
            if (file.path().equals(RepositoryPaths.STDIN)) {
                if (!findings.isEmpty()) {
                    notifications.add(new SarifNotification(SarifNotification.Kind.UNNAMED_STDIN, findings.size()
                            + " finding(s) in standard input are left out: SARIF results need a file path. Name the "
                            + "input with --stdin-filename.", Optional.empty(), Optional.empty()));
                }
                continue;
            }
            parseErrors(file).ifPresent(notifications::add);
            LineFingerprints hashes = findings.isEmpty() ? null : file.source().map(LineFingerprints::of).orElse(null);
            Map<String, Integer> logicalSeen = new HashMap<>();
            for (Finding finding : findings) {
                Optional<String> hash = Optional.ofNullable(hashes == null ? null
                        : hashes.forLine(finding.range().startLine()));
                if (hash.isEmpty() && finding.logicalLocation().isPresent()) {
                    hash = Optional.of(logicalHash(finding, logicalSeen));
                }
                entries.add(new Entry(entries.size(), file, finding, hash));
            }
        }
        return entries;
    }

    /**
     * The fingerprint of a finding about an image, which has no source line to hash: the rule and the logical
     * location without its layer index, in the line hash's shape ({@code 16 hex digits:occurrence}).
     */
    private static String logicalHash(Finding finding, Map<String, Integer> seen) {
        String key = finding.rule() + '\0' + StableFingerprints.logicalKey(finding.logicalLocation().get());
        int occurrence = seen.merge(key, 1, Integer::sum);
        return StableFingerprints.md5(key).substring(0, 16) + ":" + occurrence;
    }

    private static Optional<SarifNotification> parseErrors(FileResult file) {
        List<Finding> errors = file.findings().stream().filter(f -> f.rule().equals(SYNTAX_ERROR_RULE)).toList();
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        String count = errors.size() == 1 ? "a syntax error" : errors.size() + " syntax errors";
        return Optional.of(new SarifNotification(SarifNotification.Kind.PARSE_ERROR, file.path() + " has " + count
                + " that BuildKit rejects (reported as " + SYNTAX_ERROR_RULE + " results); the rest of the file was "
                + "linted.", located(file.path()), Optional.of(errors.get(0).range())));
    }

    private static Optional<String> located(String path) {
        return path.equals(RepositoryPaths.STDIN) ? Optional.empty() : Optional.of(path);
    }

    /** The {@code limit} most severe entries (earlier first among equals), back in document order. */
    private static List<Entry> mostSevere(List<Entry> entries, int limit) {
        List<Entry> kept = new ArrayList<>(entries);
        kept.sort(Comparator.comparing((Entry e) -> e.finding().severity()).thenComparingInt(Entry::order));
        kept = new ArrayList<>(kept.subList(0, limit));
        kept.sort(Comparator.comparingInt(Entry::order));
        return kept;
    }

    private void tool(JsonGenerator json, ReportedRules rules, List<SarifNotification> notifications)
            throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "dlint");
        JsonOutput.string(json, "version", context.toolVersion());
        JsonOutput.string(json, "semanticVersion", context.toolVersion());
        json.writeStringField("informationUri", ProjectLinks.HOME);
        json.writeArrayFieldStart("rules");
        for (RuleMetadata rule : rules.list()) {
            rule(json, rule);
        }
        json.writeEndArray();
        Set<SarifNotification.Kind> kinds = usedKinds(notifications);
        if (!kinds.isEmpty()) {
            json.writeArrayFieldStart("notifications");
            for (SarifNotification.Kind kind : kinds) {
                json.writeStartObject();
                json.writeStringField("id", kind.id);
                JsonOutput.textObject(json, "shortDescription", kind.description);
                JsonOutput.textObject(json, "fullDescription", kind.description);
                json.writeObjectFieldStart("help");
                json.writeStringField("text", kind.help);
                json.writeStringField("markdown", kind.help);
                json.writeEndObject();
                json.writeObjectFieldStart("defaultConfiguration");
                json.writeStringField("level", kind.level);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static Set<SarifNotification.Kind> usedKinds(List<SarifNotification> notifications) {
        Set<SarifNotification.Kind> kinds = EnumSet.noneOf(SarifNotification.Kind.class);
        for (SarifNotification n : notifications) {
            kinds.add(n.kind());
        }
        return kinds;
    }

    private void rule(JsonGenerator json, RuleMetadata rule) throws IOException {
        boolean inCatalogue = isInCatalogue(rule.name());
        RuleDoc doc = context.ruleDocs().get(rule);
        json.writeStartObject();
        JsonOutput.string(json, "id", rule.name());
        String name = kebabCase(rule.name());
        if (!name.equals(rule.name())) {
            JsonOutput.string(json, "name", name);
        }
        JsonOutput.textObject(json, "shortDescription", rule.summary());
        JsonOutput.textObject(json, "fullDescription", doc.description(rule.summary()));
        json.writeObjectFieldStart("help");
        JsonOutput.string(json, "text", doc.bodyText());
        JsonOutput.string(json, "markdown", doc.body());
        json.writeEndObject();
        if (inCatalogue) {
            JsonOutput.string(json, "helpUri", ProjectLinks.ruleDocument(rule.name(), context.toolVersion()));
        }
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.severity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        for (String tag : tags(rule)) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeStringField("precision", rule.precision().label());
        if (isSecurityRule(rule)) {
            json.writeStringField("security-severity", securitySeverity(rule.severity()));
        } else {
            json.writeStringField("problem.severity", problemSeverity(rule.severity()));
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    /** By name: comparing the records would bootstrap record equality at run time, which costs start-up time. */
    private boolean isInCatalogue(String name) {
        for (RuleMetadata rule : context.rules()) {
            if (rule.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void invocation(JsonGenerator json, Report report, List<SarifNotification> notifications)
            throws IOException {
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", !report.hasUnreadableInputs());
        if (context.startTime().isPresent()) {
            json.writeStringField("startTimeUtc", utc(context.startTime().get()));
            json.writeStringField("endTimeUtc", utc(clock.get()));
        }
        if (!notifications.isEmpty()) {
            List<SarifNotification.Kind> declared = new ArrayList<>(usedKinds(notifications));
            json.writeArrayFieldStart("toolExecutionNotifications");
            for (SarifNotification n : notifications) {
                json.writeStartObject();
                json.writeObjectFieldStart("descriptor");
                json.writeStringField("id", n.kind().id);
                json.writeNumberField("index", declared.indexOf(n.kind()));
                json.writeEndObject();
                json.writeStringField("level", n.kind().level);
                JsonOutput.textObject(json, "message", n.message());
                if (n.path().isPresent()) {
                    json.writeArrayFieldStart("locations");
                    json.writeStartObject();
                    physicalLocation(json, n.path().get(), n.region());
                    json.writeEndObject();
                    json.writeEndArray();
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    private void result(JsonGenerator json, ReportedRules rules, Entry entry) throws IOException {
        Finding finding = entry.finding();
        String path = entry.file().path();
        json.writeStartObject();
        JsonOutput.string(json, "ruleId", finding.rule());
        json.writeNumberField("ruleIndex", rules.indexOf(finding.rule()));
        json.writeStringField("level", level(finding.severity()));
        JsonOutput.textObject(json, "message", messageText(finding));
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        physicalLocation(json, path, Optional.of(finding.range()));
        if (finding.logicalLocation().isPresent()) {
            logicalLocation(json, finding.logicalLocation().get());
        }
        json.writeEndObject();
        json.writeEndArray();
        if (!finding.related().isEmpty()) {
            json.writeArrayFieldStart("relatedLocations");
            int id = 1;
            for (Related related : finding.related()) {
                json.writeStartObject();
                json.writeNumberField("id", id++);
                physicalLocation(json, related.file().orElse(path), Optional.of(related.range()));
                JsonOutput.textObject(json, "message", related.message());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (entry.lineHash().isPresent()) {
            json.writeObjectFieldStart("partialFingerprints");
            json.writeStringField("primaryLocationLineHash", entry.lineHash().get());
            json.writeEndObject();
        }
        if (finding.fix().isPresent()) {
            fix(json, path, finding.fix().get());
        }
        if (finding.suppression().isPresent()) {
            suppression(json, finding.suppression().get());
        }
        json.writeEndObject();
    }

    private static void fix(JsonGenerator json, String path, Fix fix) throws IOException {
        json.writeArrayFieldStart("fixes");
        json.writeStartObject();
        JsonOutput.textObject(json, "description", fix.description());
        json.writeArrayFieldStart("artifactChanges");
        json.writeStartObject();
        artifactLocation(json, fix.target().orElse(path));
        json.writeArrayFieldStart("replacements");
        for (TextEdit edit : fix.edits()) {
            json.writeStartObject();
            region(json, "deletedRegion", edit.range());
            if (!edit.replacement().isEmpty()) {
                JsonOutput.textObject(json, "insertedContent", edit.replacement());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void suppression(JsonGenerator json, Suppression suppression) throws IOException {
        json.writeArrayFieldStart("suppressions");
        json.writeStartObject();
        json.writeStringField("kind", suppression.inSource() ? "inSource" : "external");
        json.writeStringField("status", "accepted");
        if (suppression.justification() != null && !suppression.justification().isBlank()) {
            JsonOutput.string(json, "justification", suppression.justification().strip());
        }
        json.writeEndObject();
        json.writeEndArray();
    }

    /** Where in an image archive a finding is ({@code layer 3 (RUN …) /var/lib/apt/lists}). */
    private static void logicalLocation(JsonGenerator json, String where) throws IOException {
        json.writeArrayFieldStart("logicalLocations");
        json.writeStartObject();
        JsonOutput.string(json, "fullyQualifiedName", where);
        json.writeEndObject();
        json.writeEndArray();
    }

    private static void physicalLocation(JsonGenerator json, String path, Optional<SourceRange> range)
            throws IOException {
        json.writeObjectFieldStart("physicalLocation");
        artifactLocation(json, path);
        if (range.isPresent()) {
            region(json, "region", range.get());
        }
        json.writeEndObject();
    }

    private static void artifactLocation(JsonGenerator json, String path) throws IOException {
        json.writeObjectFieldStart("artifactLocation");
        json.writeStringField("uri", SarifUris.of(path));
        if (!RepositoryPaths.isOutsideRoot(path)) {
            json.writeStringField("uriBaseId", SOURCE_ROOT);
        }
        json.writeEndObject();
    }

    private static void region(JsonGenerator json, String name, SourceRange r) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeNumberField("startLine", r.startLine());
        json.writeNumberField("startColumn", r.startColumn());
        json.writeNumberField("endLine", r.endLine());
        json.writeNumberField("endColumn", r.endColumn());
        json.writeEndObject();
    }

    /**
     * The result message: the finding's message ending with a period (its first sentence is GitHub's alert title),
     * then links to the related locations, which GitHub shows only when the message links them as
     * {@code [text](id)}. With links present, literal brackets are escaped as SARIF requires.
     */
    static String messageText(Finding finding) {
        String message = withPeriod(finding.message().strip());
        if (finding.related().isEmpty()) {
            return message;
        }
        StringBuilder text = new StringBuilder(escapeBrackets(message)).append(" Related: ");
        int id = 1;
        for (Related related : finding.related()) {
            String label = related.message().strip();
            if (label.endsWith(".")) {
                label = label.substring(0, label.length() - 1);
            }
            text.append(id == 1 ? "" : ", ").append('[').append(escapeBrackets(label.isEmpty() ? "here" : label))
                    .append("](").append(id).append(')');
            id++;
        }
        return text.append('.').toString();
    }

    private static String withPeriod(String message) {
        if (message.isEmpty()) {
            return "Problem found.";
        }
        char last = message.charAt(message.length() - 1);
        return last == '.' || last == '!' || last == '?' ? message : message + ".";
    }

    private static String escapeBrackets(String text) {
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }

    static String level(Severity severity) {
        return ReportText.gnuLevel(severity);
    }

    static boolean isSecurityRule(RuleMetadata rule) {
        return rule.category() == Category.SECURITY && rule.severity() != Severity.STYLE;
    }

    /** GitHub's bands: 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low; values stay clear of the band edges. */
    static String securitySeverity(Severity severity) {
        switch (severity) {
            case ERROR:
                return "8.0";
            case WARNING:
                return "5.5";
            default:
                return "3.0";
        }
    }

    static String problemSeverity(Severity severity) {
        return severity.inThreeLevels("error", "warning", "recommendation");
    }

    /**
     * The category, {@code dockerfile} (or {@code image} for image rules), and hadolint codes among the aliases as
     * {@code external/hadolint/DL…}.
     */
    static List<String> tags(RuleMetadata rule) {
        List<String> tags = new ArrayList<>();
        tags.add(rule.category().label());
        tags.add(rule.isImageRule() ? "image" : "dockerfile");
        for (String alias : rule.aliases()) {
            if (HADOLINT_CODE.matcher(alias).matches() && tags.size() < 20) {
                tags.add("external/hadolint/" + alias);
            }
        }
        return tags;
    }

    /**
     * The rule's {@code name}: SARIF wants a readable name different from the opaque {@code id} (Multitool's
     * SARIF1001 flags {@code name == id}), so the PascalCase id is written in kebab case, as BuildKit's rule URLs are.
     */
    static String kebabCase(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean boundary = i > 0 && Character.isUpperCase(c)
                    && (Character.isLowerCase(id.charAt(i - 1)) || Character.isDigit(id.charAt(i - 1))
                    || (i + 1 < id.length() && Character.isLowerCase(id.charAt(i + 1))));
            if (boundary && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static String utc(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
