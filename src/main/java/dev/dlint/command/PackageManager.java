package dev.dlint.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What dlint knows about one package manager: the tools that run it, its commands by kind, the caches it leaves and
 * which commands delete them, the settings that keep the cache out of the layer, its yes flags and its version-pin
 * syntax. The instances are the table in {@link PackageManagers}; rules and the image analyzer share them. Immutable.
 */
public final class PackageManager {
    private final String name;
    private final List<String> tools;
    private final List<Verb> verbs;
    private final List<CacheDirectory> caches;
    private final List<CleanVerb> cleans;
    private final List<CacheSetting> cacheOptions;
    private final List<CacheSetting> cacheVariables;
    private final List<String> yesOptions;
    private final boolean quietTwiceIsYes;
    private final Set<OperationKind> prompting;
    private final PinSyntax pins;
    private final List<String> versionOptions;

    private PackageManager(Builder builder) {
        this.name = builder.name;
        this.tools = List.copyOf(builder.tools);
        this.verbs = List.copyOf(builder.verbs);
        this.caches = List.copyOf(builder.caches);
        this.cleans = List.copyOf(builder.cleans);
        this.cacheOptions = List.copyOf(builder.cacheOptions);
        this.cacheVariables = List.copyOf(builder.cacheVariables);
        this.yesOptions = List.copyOf(builder.yesOptions);
        this.quietTwiceIsYes = builder.quietTwiceIsYes;
        this.prompting = Set.copyOf(builder.prompting);
        this.pins = builder.pins;
        this.versionOptions = List.copyOf(builder.versionOptions);
    }

    static Builder builder(String name) {
        return new Builder(name);
    }

    /** The manager's name: {@code apt}, {@code pip}, {@code uv}, {@code maven}. */
    public String name() {
        return name;
    }

    /**
     * The canonical tool names that run it ({@code apt-get}, {@code apt}, {@code aptitude}); a tool run through one of these
     * as its front is this manager too ({@code uv pip install} is uv's, with the path {@code [pip, install]}).
     */
    public List<String> tools() {
        return tools;
    }

    /** Its commands, by kind. */
    public List<Verb> verbs() {
        return verbs;
    }

    /** The caches it leaves on disk. */
    public List<CacheDirectory> caches() {
        return caches;
    }

    /** The commands that delete (part of) its caches. */
    public List<CleanVerb> cleans() {
        return cleans;
    }

    /** Options that disable or move the cache ({@code --no-cache-dir}, {@code --cache-dir}). */
    public List<CacheSetting> cacheOptions() {
        return cacheOptions;
    }

    /** Environment variables that disable or move the cache ({@code PIP_NO_CACHE_DIR}, {@code npm_config_cache}). */
    public List<CacheSetting> cacheVariables() {
        return cacheVariables;
    }

    /** Options that answer yes to its prompts. */
    public List<String> yesOptions() {
        return yesOptions;
    }

    /** Whether two quiet flags ({@code -qq}, {@code -q -q}, {@code -q=2}) also imply yes, as for APT. */
    public boolean quietTwiceIsYes() {
        return quietTwiceIsYes;
    }

    /** The kinds of command that ask for confirmation unless a yes option is given. */
    public Set<OperationKind> prompting() {
        return prompting;
    }

    /** How its operands name versions. */
    public PinSyntax pins() {
        return pins;
    }

    /** Options whose presence pins every package named ({@code gem install -v 1.2}). */
    public List<String> versionOptions() {
        return versionOptions;
    }

    /**
     * The cache locations as absolute patterns for the image analyzer ({@code *} for one path segment, as in
     * {@code /home/*}{@code /.cache/pip}): the same data as {@link #caches()}.
     */
    public List<String> imageCachePatterns() {
        List<String> patterns = new ArrayList<>();
        for (CacheDirectory cache : caches) {
            patterns.addAll(cache.imagePatterns());
        }
        return patterns;
    }

    /** The caches not kept out of the layer by cache or tmpfs mounts at {@code mountTargets}, for a user whose home is {@code home}. */
    public List<CacheDirectory> cachesOutside(List<String> mountTargets, String home) {
        List<CacheDirectory> outside = new ArrayList<>();
        for (CacheDirectory cache : caches) {
            if (mountTargets.stream().noneMatch(target -> cache.coveredBy(target, home))) {
                outside.add(cache);
            }
        }
        return outside;
    }

    @Override
    public String toString() {
        return "PackageManager[" + name + "]";
    }

    /** Collects one manager's data; used by {@link PackageManagers}. */
    static final class Builder {
        private final String name;
        private final List<String> tools = new ArrayList<>();
        private final List<Verb> verbs = new ArrayList<>();
        private final List<CacheDirectory> caches = new ArrayList<>();
        private final List<CleanVerb> cleans = new ArrayList<>();
        private final List<CacheSetting> cacheOptions = new ArrayList<>();
        private final List<CacheSetting> cacheVariables = new ArrayList<>();
        private final List<String> yesOptions = new ArrayList<>();
        private boolean quietTwiceIsYes;
        private final Set<OperationKind> prompting = EnumSet.noneOf(OperationKind.class);
        private PinSyntax pins = PinSyntax.NONE;
        private final List<String> versionOptions = new ArrayList<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        Builder tools(String... names) {
            tools.addAll(Arrays.asList(names));
            return this;
        }

        /** Commands of one kind, each a space-separated subcommand path; {@code ""} for the bare tool. */
        Builder verbs(OperationKind kind, String... paths) {
            for (String path : paths) {
                verbs.add(new Verb(kind, path.isBlank() ? List.of() : List.of(path.trim().split("\\s+")), ""));
            }
            return this;
        }

        /** Goals or tasks of one kind, found among the operands (Maven, Gradle). */
        Builder goals(OperationKind kind, String... goals) {
            for (String goal : goals) {
                verbs.add(new Verb(kind, List.of(), goal));
            }
            return this;
        }

        /** Cache locations: {@code ~/.cache/pip} for home-relative ones, absolute paths otherwise. */
        Builder caches(String... paths) {
            for (String path : paths) {
                caches.add(CacheDirectory.of(path));
            }
            return this;
        }

        /**
         * A clean command and what it deletes; {@code path} may end in {@code " <operand>"} or {@code " --option"} for
         * what the command needs ({@code "clean <all>"}, {@code "cache clean --force"}); it is also added as a
         * {@link OperationKind#CLEAN} verb.
         */
        Builder clean(String path, String... deletes) {
            List<String> steps = new ArrayList<>();
            String operand = null;
            String option = null;
            for (String step : path.trim().split("\\s+")) {
                if (step.startsWith("<") && step.endsWith(">")) {
                    operand = step.substring(1, step.length() - 1);
                } else if (step.startsWith("-")) {
                    option = step;
                } else {
                    steps.add(step);
                }
            }
            List<CacheDirectory> deleted = new ArrayList<>();
            for (String delete : deletes) {
                deleted.add(CacheDirectory.of(delete));
            }
            cleans.add(new CleanVerb(steps, Optional.ofNullable(operand), Optional.ofNullable(option), deleted));
            if (verbs.stream().noneMatch(v -> v.kind() == OperationKind.CLEAN && v.path().equals(steps))) {
                verbs.add(new Verb(OperationKind.CLEAN, steps, ""));
            }
            return this;
        }

        Builder noCacheOptions(String... options) {
            for (String option : options) {
                cacheOptions.add(CacheSetting.disables(option));
            }
            return this;
        }

        Builder cacheDirOptions(String... options) {
            for (String option : options) {
                cacheOptions.add(CacheSetting.relocates(option));
            }
            return this;
        }

        Builder cacheOption(CacheSetting setting) {
            cacheOptions.add(setting);
            return this;
        }

        Builder noCacheVariables(String... names) {
            for (String variable : names) {
                cacheVariables.add(CacheSetting.disables(variable));
            }
            return this;
        }

        Builder cacheDirVariables(String... names) {
            for (String variable : names) {
                cacheVariables.add(CacheSetting.relocates(variable));
            }
            return this;
        }

        Builder yes(String... options) {
            yesOptions.addAll(Arrays.asList(options));
            return this;
        }

        Builder quietTwiceIsYes() {
            quietTwiceIsYes = true;
            return this;
        }

        Builder prompts(OperationKind... kinds) {
            prompting.addAll(Arrays.asList(kinds));
            return this;
        }

        Builder pins(PinSyntax syntax) {
            pins = Objects.requireNonNull(syntax, "syntax");
            return this;
        }

        Builder versionOptions(String... options) {
            versionOptions.addAll(Arrays.asList(options));
            return this;
        }

        PackageManager build() {
            return new PackageManager(this);
        }
    }
}
