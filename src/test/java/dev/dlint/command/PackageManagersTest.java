package dev.dlint.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The package-manager table: its consistency with the tool specs, cache data, image patterns and mounts. */
class PackageManagersTest {

    @Test
    void everyManagerToolHasASpecAndEveryVerbPathExistsInOneOfThem() {
        List<String> problems = new ArrayList<>();
        for (PackageManager manager : PackageManagers.all()) {
            List<CommandSpec> roots = new ArrayList<>();
            for (String tool : manager.tools()) {
                Optional<ToolSpec> spec = ToolRegistry.defaults().lookup(tool);
                if (spec.isEmpty() || !spec.get().name().equals(tool)) {
                    problems.add(manager.name() + ": no spec for tool " + tool);
                } else {
                    roots.add(spec.get().root());
                }
            }
            for (Verb verb : manager.verbs()) {
                List<String> path = verb.path();
                boolean uvPip = manager == PackageManagers.UV && !path.isEmpty() && path.get(0).equals("pip");
                boolean found = !verb.goal().isEmpty()
                        || (uvPip && resolves(PythonSpecs.uvPip().root(), path.subList(1, path.size())))
                        || roots.stream().anyMatch(root -> resolves(root, path));
                if (!found) {
                    problems.add(manager.name() + " has no subcommand " + path);
                }
            }
            for (CleanVerb clean : manager.cleans()) {
                clean.option().ifPresent(option -> {
                    boolean known = roots.stream().anyMatch(root -> optionAlong(root, clean.path(), option));
                    if (!known) {
                        problems.add(manager.name() + " " + clean.path() + " has no option " + option);
                    }
                });
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean optionAlong(CommandSpec root, List<String> path, String option) {
        CommandSpec level = root;
        if (level.option(option).isPresent()) {
            return true;
        }
        for (String step : path) {
            Optional<CommandSpec> next = level.subcommand(step);
            if (next.isEmpty()) {
                return false;
            }
            level = next.get();
            if (level.option(option).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code path} names subcommands by their canonical names. */
    private static boolean resolves(CommandSpec level, List<String> path) {
        CommandSpec current = level;
        for (String step : path) {
            Optional<CommandSpec> next = current.subcommand(step);
            if (next.isEmpty() || !next.get().name().equals(step)) {
                return false;
            }
            current = next.get();
        }
        return true;
    }

    @Test
    void cachePathsFromTheBrief() {
        assertThat(display(PackageManagers.PIP)).containsExactly("~/.cache/pip");
        assertThat(display(PackageManagers.APT))
                .contains("/var/lib/apt/lists", "/var/cache/apt/archives");
        assertThat(display(PackageManagers.APK)).contains("/var/cache/apk");
        assertThat(display(PackageManagers.YUM)).containsExactly("/var/cache/yum");
        assertThat(display(PackageManagers.DNF)).containsExactly("/var/cache/dnf", "/var/cache/libdnf5");
        assertThat(display(PackageManagers.ZYPPER)).containsExactly("/var/cache/zypp");
        assertThat(display(PackageManagers.NPM)).containsExactly("~/.npm/_cacache");
        assertThat(display(PackageManagers.YARN))
                .containsExactly("/usr/local/share/.cache/yarn", "~/.cache/yarn", "~/.yarn/berry/cache");
        assertThat(display(PackageManagers.COMPOSER)).containsExactly("~/.composer/cache", "~/.cache/composer");
        assertThat(display(PackageManagers.GEM)).contains("~/.gem");
        assertThat(display(PackageManagers.GO)).contains("~/go/pkg/mod", "~/.cache/go-build");
        assertThat(display(PackageManagers.CARGO)).contains("~/.cargo/registry");
        assertThat(display(PackageManagers.MAVEN)).containsExactly("~/.m2/repository");
        assertThat(display(PackageManagers.GRADLE)).contains("~/.gradle/caches");
    }

    private static List<String> display(PackageManager manager) {
        return manager.caches().stream().map(CacheDirectory::display).toList();
    }

    @Test
    void imagePatternsAreAbsoluteWithAStarForTheHome() {
        assertThat(PackageManagers.PIP.imageCachePatterns()).containsExactly("/root/.cache/pip", "/home/*/.cache/pip");
        assertThat(PackageManagers.APK.imageCachePatterns()).containsExactly("/var/cache/apk", "/etc/apk/cache");
        List<String> all = PackageManagers.imageCachePatterns();
        assertThat(all).allMatch(p -> p.startsWith("/")).doesNotHaveDuplicates()
                .contains("/var/lib/apt/lists", "/root/.npm/_cacache", "/home/*/.m2/repository");
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "/root/.cache/pip|~/.cache/pip|true", "/root/.cache|~/.cache/pip|true", "/root/.cache/pip/|~/.cache/pip|true",
        "/root/.cache/pi|~/.cache/pip|false", "/home/app/.cache/pip|~/.cache/pip|false",
        "/var/cache/apt|/var/cache/apt/archives|true", "/var/cache/apt|/var/cache/apt/*.bin|true",
        "/var/cache/apt/archives|/var/cache/apt/*.bin|false", "/var/cache/foo|/var/cache/apk|false",
    })
    void mountsCoverCachesAtOrBelowTheirTarget(String target, String cache, boolean covered) {
        assertThat(CacheDirectory.of(cache).coveredBy(target, "/root")).isEqualTo(covered);
    }

    @Test
    void cachesOutsideMounts() {
        assertThat(PackageManagers.APT.cachesOutside(List.of("/var/lib/apt/lists"), "/root"))
                .extracting(CacheDirectory::display).containsExactly("/var/cache/apt/archives", "/var/cache/apt/*.bin");
        assertThat(PackageManagers.APT.cachesOutside(List.of("/var/lib/apt", "/var/cache/apt"), "/root")).isEmpty();
        assertThat(PackageManagers.PIP.cachesOutside(List.of("/root/.cache/pip"), "/root")).isEmpty();
        assertThat(PackageManagers.PIP.cachesOutside(List.of("/root/.cache/pip"), "/home/app")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "type=cache,target=/root/.cache/pip|cache|/root/.cache/pip|true",
        "type=tmpfs,dst=/var/lib/apt/lists|tmpfs|/var/lib/apt/lists|true",
        "target=/src|bind|/src|false",
        "type=CACHE,destination=/var/cache/apt,sharing=locked|cache|/var/cache/apt|true",
        "type=cache,id=x|cache||false",
        "type=secret,id=npmrc,target=/root/.npmrc|secret|/root/.npmrc|false",
        "type=cache,\"target=/a,b\"|cache|/a,b|true",
    })
    void runMounts(String value, String type, String target, boolean keepsOut) {
        RunMount mount = RunMount.parse(value).orElseThrow();
        assertThat(mount.type()).isEqualTo(type);
        assertThat(mount.target()).isEqualTo(target == null ? "" : target);
        assertThat(mount.keepsOutOfLayer()).isEqualTo(keepsOut);
    }

    @Test
    void unterminatedQuoteIsNoMount() {
        assertThat(RunMount.parse("type=cache,target=\"/x")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1,true", "true,true", "TRUE,true", "True,true", "on,true", "ON,true", "yes,true", "Yes,true",
        "0,false", "false,false", "off,false", "no,false", "'',false", "2,false"})
    void truthyValues(String value, boolean truthy) {
        assertThat(CacheSetting.isTruthy(value)).isEqualTo(truthy);
        assertThat(CacheSetting.disables("PIP_NO_CACHE_DIR").appliesTo(value)).isEqualTo(truthy);
    }
}
