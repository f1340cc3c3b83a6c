package dev.dlint.rules.dockerfile;

import dev.dlint.model.KeyValue;
import dev.dlint.model.LabelInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A LABEL key outside Docker's key format: lower-case letters, digits, {@code .}, {@code -} (and {@code _}, {@code /}),
 * starting with a letter and ending with a letter or digit, without {@code ..} or {@code --}, and outside the
 * namespaces Docker reserves. Keys are checked after ARG expansion. Project Atomic's upper-case command labels
 * ({@code RUN}, {@code INSTALL}, {@code UNINSTALL}, {@code STOP}) are left alone: its tools need them so.
 */
@RuleInfo(summary = "A LABEL key does not follow Docker's label key format", severity = Severity.STYLE,
        category = Category.STYLE, aliases = {"DL3048"}, onbuild = true)
public final class InvalidLabelKey extends InstructionRule<LabelInstruction> {

    private static final List<String> RESERVED = List.of("com.docker.", "io.docker.", "org.dockerproject.");
    /** Project Atomic's command labels, which its tools read in upper case. */
    private static final List<String> ATOMIC = List.of("RUN", "INSTALL", "UNINSTALL", "STOP");

    public InvalidLabelKey() {
        super(LabelInstruction.class);
    }

    @Override
    protected void check(LabelInstruction label, DockerfileContext context) {
        for (KeyValue pair : label.pairs()) {
            Optional<String> key = context.facts().value(label, pair.key());
            String raw = pair.key().text();
            if (key.isPresent() && ATOMIC.contains(key.get())) {
                continue;
            }
            Optional<String> problem = key.isEmpty() ? Optional.of("depends on a variable without a value here, so the"
                    + " key is not known before the build") : problem(key.get());
            problem.ifPresent(p -> context.report(pair.key().range(), "The label key \"" + key.orElse(raw) + "\" " + p
                    + ". Label keys are lower-case reverse-DNS names (org.opencontainers.image.version,"
                    + " com.example.team) of letters, digits, '.' and '-'."));
        }
    }

    private static Optional<String> problem(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        Optional<String> reserved = RESERVED.stream().filter(lower::startsWith).findFirst();
        if (key.isEmpty()) {
            return Optional.empty();
        } else if (reserved.isPresent()) {
            return Optional.of("is in the " + reserved.get() + " namespace, which Docker reserves for its own labels");
        } else if (!key.equals(lower)) {
            return Optional.of("has upper-case letters: write " + lower);
        }
        for (char c : key.toCharArray()) {
            if (!(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9') && ".-_/".indexOf(c) < 0) {
                return Optional.of("contains '" + c + "'");
            }
        }
        if (!(key.charAt(0) >= 'a' && key.charAt(0) <= 'z')) {
            return Optional.of("starts with '" + key.charAt(0) + "' instead of a letter");
        }
        char last = key.charAt(key.length() - 1);
        if (!(last >= 'a' && last <= 'z') && !(last >= '0' && last <= '9')) {
            return Optional.of("ends with '" + last + "' instead of a letter or digit");
        }
        return key.contains("..") || key.contains("--")
                ? Optional.of("contains '" + (key.contains("..") ? ".." : "--") + "'") : Optional.empty();
    }
}
