package dev.dlint.rules.knowledge;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Build argument names whose value changes on every build: commit ids, build dates and numbers, cache busters. */
public final class VolatileArgs {

    private static final Set<String> EXACT = Set.of("GIT_COMMIT", "GIT_SHA", "COMMIT_SHA", "VCS_REF", "REVISION",
            "BUILD_DATE", "BUILD_TIME", "BUILD_NUMBER", "BUILD_ID", "TIMESTAMP", "CACHEBUST", "CACHE_BUST",
            "GIT_REVISION", "GIT_HASH", "GIT_REF", "COMMIT", "COMMIT_ID", "COMMIT_HASH", "SOURCE_COMMIT",
            "SOURCE_DATE", "BUILD_TIMESTAMP", "BUILD_DATETIME", "BUILD_SHA", "BUILD_REVISION", "GITHUB_SHA",
            "CI_COMMIT_SHA", "CI_COMMIT_SHORT_SHA", "CI_PIPELINE_ID", "CI_JOB_ID", "GITHUB_RUN_ID",
            "GITHUB_RUN_NUMBER", "BUILDKITE_BUILD_NUMBER", "CIRCLE_BUILD_NUM", "BUILDTIME", "BUILDDATE", "VCSREF",
            "DATE", "NOW", "CACHEBUSTER", "CACHE_BUSTER", "CACHE_DATE", "GIT_COMMIT_SHA", "GIT_SHORT_SHA");
    private static final Pattern SUFFIXES = Pattern.compile(
            ".*_(COMMIT|COMMIT_SHA|COMMIT_ID|GIT_SHA|GIT_COMMIT|SHA|BUILD_DATE|BUILD_TIME|BUILD_NUMBER|BUILD_ID|TIMESTAMP|VCS_REF|REVISION)$");

    private VolatileArgs() {
    }

    public static boolean isVolatile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return EXACT.contains(upper) || SUFFIXES.matcher(upper).matches();
    }
}
