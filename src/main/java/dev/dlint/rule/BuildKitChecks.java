package dev.dlint.rule;

import java.util.List;
import java.util.Set;

/**
 * BuildKit's build checks ({@code docker build --check}): their names, which are the keys of the
 * {@code # check=skip=…} and {@code # check=experimental=…} directives, and which of them BuildKit runs only when a
 * directive or configuration asks for them. dlint has a rule of the same name for each check it implements; the
 * names it knows without implementing are in {@link KnownForeignChecks}.
 */
public final class BuildKitChecks {

    /** Every check of BuildKit's Dockerfile frontend 1.26, in the order of its rule set. */
    public static final List<String> NAMES = List.of("StageNameCasing", "FromAsCasing", "NoEmptyContinuation",
            "ConsistentInstructionCasing", "DuplicateStageName", "ReservedStageName", "JSONArgsRecommended",
            "MaintainerDeprecated", "UndefinedArgInFrom", "WorkdirRelativePath", "UndefinedVar",
            "MultipleInstructionsDisallowed", "LegacyKeyValueFormat", "InvalidBaseImagePlatform",
            "RedundantTargetPlatform", "SecretsUsedInArgOrEnv", "InvalidDefaultArgInFrom",
            "FromPlatformFlagConstDisallowed", "CopyIgnoredFile", "InvalidDefinitionDescription", "ExposeProtoCasing",
            "ExposeInvalidFormat");

    /**
     * The experimental checks: off unless {@code # check=experimental=<name>|all} or the configuration turns them on,
     * and never turned off by {@code skip}.
     */
    public static final Set<String> EXPERIMENTAL = Set.of("InvalidDefinitionDescription");

    private BuildKitChecks() {
    }

    /** Whether {@code name} is one of BuildKit's checks (case-sensitive, as in {@code # check=skip=}). */
    public static boolean isCheck(String name) {
        return NAMES.contains(name);
    }

    public static boolean isExperimental(String name) {
        return EXPERIMENTAL.contains(name);
    }

    /**
     * Whether BuildKit itself reports this finding: its rule is named after a BuildKit check and the rule did not
     * narrow it to a case only hadolint or dlint reports (such as a shell-form {@code HEALTHCHECK CMD}, which hadolint
     * flags as DL3025 and BuildKit does not).
     */
    public static boolean reportedByBuildKit(Finding finding) {
        return isCheck(finding.rule()) && finding.aliases().contains(finding.rule());
    }
}
