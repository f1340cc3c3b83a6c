package dev.dlint.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dlint.catalog.BuiltinRules;
import dev.dlint.report.RuleIndex;
import dev.dlint.rule.RuleMetadata;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dlint rules}: the rule catalogue. */
@Command(name = "rules", description = "List every rule: name, aliases, default severity, category, summary.",
        mixinStandardHelpOptions = true, versionProvider = Version.class)
final class RulesCommand extends Subcommand {

    enum Format { TTY, JSON, MARKDOWN }

    @Option(names = {"-f", "--format"}, description = "Output format: ${COMPLETION-CANDIDATES} (default: tty).")
    Format format = Format.TTY;

    @Override
    ExitCode execute() {
        if (format == Format.JSON) {
            json();
        } else if (format == Format.MARKDOWN) {
            out().print(RuleIndex.document(BuiltinRules.catalog().rules()));
        } else {
            int width = BuiltinRules.catalog().rules().stream().mapToInt(r -> r.name().length()).max().orElse(4);
            String row = "%-" + width + "s %-7s %-8s %-15s %s%s%n";
            out().printf(row, "RULE", "DEFAULT", "SEVERITY", "CATEGORY", "SUMMARY (ALIASES)", "");
            int off = 0;
            for (RuleMetadata rule : BuiltinRules.catalog().rules()) {
                String aliases = rule.aliases().isEmpty() ? "" : " (" + String.join(", ", rule.aliases()) + ")";
                off += rule.enabledByDefault() ? 0 : 1;
                out().printf(row, rule.name(), rule.enabledByDefault() ? "on" : "off",
                        rule.severity().label(), rule.category().label(), rule.summary(), aliases);
            }
            out().printf("%n%d rules; %d off by default (turn one on with --enable RULE, or enable: in .dlint.yaml)%n",
                    BuiltinRules.catalog().rules().size(), off);
        }
        out().flush();
        return ExitCode.CLEAN;
    }

    private void json() {
        try (JsonGenerator json = new JsonFactory().createGenerator(out())) {
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
            for (RuleMetadata rule : BuiltinRules.catalog().rules()) {
                json.writeStartObject();
                json.writeStringField("name", rule.name());
                json.writeArrayFieldStart("aliases");
                for (String alias : rule.aliases()) {
                    json.writeString(alias);
                }
                json.writeEndArray();
                json.writeStringField("severity", rule.severity().label());
                json.writeStringField("category", rule.category().label());
                json.writeStringField("kind", rule.kind().label());
                json.writeStringField("summary", rule.summary());
                json.writeBooleanField("fixable", rule.fixable());
                json.writeBooleanField("enabledByDefault", rule.enabledByDefault());
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        out().println();
    }
}
