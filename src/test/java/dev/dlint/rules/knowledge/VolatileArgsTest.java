package dev.dlint.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VolatileArgsTest {

    @ParameterizedTest
    @ValueSource(strings = {"GIT_COMMIT", "GITCOMMIT", "APP_GITCOMMIT", "gitCommit", "git-commit", "COMMIT_SHA",
        "COMMIT", "VCS_REF", "VCSREF", "BUILD_DATE", "BUILDDATE", "build.date", "SOURCE_DATE_EPOCH", "SOURCE_COMMIT",
        "GITHUB_SHA", "GIT_SHA", "GIT_HASH", "SHORT_SHA", "REVISION", "APP_REVISION", "TIMESTAMP", "BUILD_TIMESTAMP",
        "BUILD_NUMBER", "BUILDNUMBER", "BUILD_ID", "CI_PIPELINE_ID", "CI_JOB_ID", "GITHUB_RUN_ID", "GITHUB_RUN_NUMBER",
        "CACHEBUST", "CACHE_BUST", "CACHEBUSTER", "DATE", "NOW", "CREATED", "IMAGE_CREATED", "COMMIT_MESSAGE"})
    void volatileNames(String name) {
        assertThat(VolatileArgs.isVolatile(name)).as(name).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"VERSION", "BUILD_VERSION", "BUILD_TYPE", "RELEASE_DATE", "TIMEOUT", "TIME_ZONE",
        "SHARED_DIR", "SHA256", "NODE_SHA256", "DEBIAN_FRONTEND", "COMMITTER", "IDENTITY", "APP_REF_DIR", "REFRESH",
        "JOB_NAME", "BUILDER", "DATE_FORMAT", "USER_ID", "TARGETPLATFORM"})
    void stableNames(String name) {
        assertThat(VolatileArgs.isVolatile(name)).as(name).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"appGitCommit_SHA"})
    void namesSplitIntoWords(String name) {
        assertThat(VolatileArgs.parts(name)).containsExactly("APP", "GIT", "COMMIT", "SHA");
    }
}
