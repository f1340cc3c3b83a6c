package dev.dlint.rules.dockerfile;

import dev.dlint.model.Dockerfile;
import dev.dlint.model.KeyValue;
import dev.dlint.model.LabelInstruction;
import dev.dlint.model.Stage;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.RuleOption;
import dev.dlint.rule.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When a label schema is configured (hadolint's {@code label-schema}, {@code --require-label}): the labels each image
 * stage must carry, that their values are not empty and fit their type, and, with {@code strict}, that no other
 * label is set. One hadolint code per case: DL3049 missing, DL3050 not in the schema, DL3051 empty, DL3052 url,
 * DL3053 rfc3339, DL3054 spdx, DL3055 hash, DL3056 semver, DL3058 email; a missing or superfluous label is info, as
 * in hadolint, the others warnings.
 */
@RuleInfo(summary = "A LABEL is missing from the configured label schema, empty, of the wrong form, or not in it",
        severity = Severity.WARNING, category = Category.MAINTAINABILITY, precision = Precision.VERY_HIGH,
        aliases = {"DL3049", "DL3050", "DL3051", "DL3052", "DL3053", "DL3054", "DL3055", "DL3056", "DL3058"})
public final class LabelSchema implements DockerfileRule {

    /** The schema, as hadolint's {@code --require-label} writes it: {@code name:type}, type defaulting to text. */
    static final RuleOption<List<String>> LABELS = RuleOption.of("labels", "the labels every image must carry, each"
            + " NAME:TYPE with TYPE text (the default), url, rfc3339, spdx, hash, semver or email", "", List.of(),
            LabelSchema::entries);
    static final RuleOption<Boolean> STRICT = RuleOption.bool("strict",
            "also report labels that are not in the schema (hadolint's strict-labels)", false);

    private static final Map<String, String> CODES = Map.of("url", "DL3052", "rfc3339", "DL3053", "spdx", "DL3054",
            "hash", "DL3055", "semver", "DL3056", "email", "DL3058");
    private static final Map<String, String> FORMS = Map.of(
            "url", "an absolute URL such as https://example.com/project",
            "rfc3339", "an RFC 3339 date and time such as 2024-05-01T12:00:00Z",
            "spdx", "an SPDX license expression such as Apache-2.0 or MIT OR GPL-2.0-only",
            "hash", "a git commit hash: 7 or 40 lower-case hexadecimal digits",
            "semver", "a semantic version such as 1.4.2 or 2.0.0-rc.1",
            "email", "an e-mail address such as team@example.com");
    /** Semantic Versioning 2.0.0's grammar. */
    private static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{7}|[0-9a-f]{40}");
    /** An RFC 5322 mailbox: an address, or a display name with the address in angle brackets. */
    private static final String ADDRESS = "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9]"
            + "(?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+";
    private static final Pattern EMAIL = Pattern.compile(ADDRESS + "|[^<>@]*<" + ADDRESS + ">");
    private static final Pattern SPDX_ID = Pattern.compile("(?:(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+"
            + "|[A-Za-z0-9][A-Za-z0-9.-]*\\+?)");
    static final Set<String> TYPES = Set.of("text", "url", "rfc3339", "spdx", "hash", "semver", "email");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(LABELS, STRICT);
    }

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        Map<String, String> schema = schema(context.option(LABELS));
        if (schema.isEmpty()) {
            return;
        }
        boolean strict = context.option(STRICT);
        for (Stage stage : dockerfile.stages()) {
            for (LabelInstruction label : stage.instructions(LabelInstruction.class)) {
                for (KeyValue pair : label.pairs()) {
                    checkPair(label, pair, schema, strict, context);
                }
            }
        }
        for (Stage stage : context.facts().imageStages()) {
            Set<String> present = new java.util.HashSet<>();
            for (Stage ancestor : dockerfile.lineage(stage)) {
                for (LabelInstruction label : ancestor.instructions(LabelInstruction.class)) {
                    for (KeyValue pair : label.pairs()) {
                        context.facts().value(label, pair.key()).ifPresent(present::add);
                    }
                }
            }
            for (String required : schema.keySet()) {
                if (!present.contains(required)) {
                    String name = stage.displayName();
                    context.report(stage.from().header().keyword().range(), name.substring(0, 1).toUpperCase(
                            java.util.Locale.ROOT) + name.substring(1) + " has no label '" + required + "', which the"
                            + " label schema requires. Add LABEL " + required + "=\"…\" to it (or to a stage it is"
                            + " built FROM).").as("DL3049").severity(Severity.INFO);
                }
            }
        }
    }

    private static void checkPair(LabelInstruction label, KeyValue pair, Map<String, String> schema, boolean strict,
                                  DockerfileContext context) {
        Optional<String> key = context.facts().value(label, pair.key());
        if (key.isEmpty()) {
            return;
        }
        String type = schema.get(key.get());
        if (type == null) {
            if (strict) {
                context.report(pair.key().range(), "The label '" + key.get() + "' is not in the label schema, which"
                        + " is strict. Remove it, or add it to the schema (label-schema, --require-label).")
                        .as("DL3050").severity(Severity.INFO);
            }
            return;
        }
        Optional<String> value = context.facts().value(label, pair.value());
        if (value.isEmpty()) {
            return; // set from a variable without a value here: known only at build time
        }
        if (value.get().isEmpty()) {
            context.report(pair.range(), "The label '" + key.get() + "' is empty, but the label schema requires a"
                    + " value. Give it one, or remove the label.").as("DL3051");
        } else if (!type.equals("text") && !valid(type, value.get())) {
            context.report(pair.value().range(), "The label '" + key.get() + "' is '" + value.get() + "', which is"
                    + " not " + FORMS.get(type) + " as its schema type " + type + " requires.").as(CODES.get(type));
        }
    }

    private static List<String> entries(Object value) {
        List<String> entries = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
                : List.of(String.valueOf(value));
        schema(entries);
        return entries;
    }

    /** The schema from {@code NAME:TYPE} entries (an entry without a type, or with an empty one, is text). */
    static Map<String, String> schema(List<String> entries) {
        Map<String, String> schema = new LinkedHashMap<>();
        for (String entry : entries) {
            int colon = entry.lastIndexOf(':');
            String type = colon < 0 ? "" : entry.substring(colon + 1).strip();
            if (colon >= 0 && !TYPES.contains(type) && !type.isEmpty()) {
                throw new IllegalArgumentException("unknown label type '" + type + "' in '" + entry + "' (use "
                        + String.join(", ", new java.util.TreeSet<>(TYPES)) + ")");
            }
            String name = colon < 0 ? entry.strip() : entry.substring(0, colon).strip();
            schema.put(name, type.isEmpty() ? "text" : type);
        }
        return schema;
    }

    static boolean valid(String type, String value) {
        switch (type) {
            case "url":
                return url(value);
            case "rfc3339":
                return rfc3339(value);
            case "spdx":
                return spdx(value);
            case "hash":
                return HASH.matcher(value).matches();
            case "semver":
                return SEMVER.matcher(value).matches();
            case "email":
                return EMAIL.matcher(value).matches();
            default:
                return true;
        }
    }

    private static boolean url(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && (uri.getHost() != null || uri.isOpaque());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean rfc3339(String value) {
        try {
            OffsetDateTime.parse(value.replace(' ', 'T'));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** An SPDX license expression: identifiers joined by AND, OR and WITH, with parentheses. */
    private static boolean spdx(String value) {
        String[] tokens = value.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+");
        int depth = 0;
        boolean expectOperand = true;
        for (String token : tokens) {
            if (token.equals("(")) {
                if (!expectOperand) {
                    return false;
                }
                depth++;
            } else if (token.equals(")")) {
                if (expectOperand || --depth < 0) {
                    return false;
                }
            } else if (token.equals("AND") || token.equals("OR") || token.equals("WITH")) {
                if (expectOperand) {
                    return false;
                }
                expectOperand = true;
            } else {
                if (!expectOperand || !SPDX_ID.matcher(token).matches()) {
                    return false;
                }
                expectOperand = false;
            }
        }
        return depth == 0 && !expectOperand;
    }
}
