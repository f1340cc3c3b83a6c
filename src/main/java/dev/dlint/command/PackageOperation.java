package dev.dlint.command;

import dev.dlint.shell.script.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A package-manager command read from an {@link Invocation}: which manager, what kind of operation, the packages named
 * (option values excluded) and whether it answers yes and keeps the cache out of its default place. Made by
 * {@link #classify(Invocation)}.
 *
 * <p>Only the command itself is read: variables set by {@code ENV} or exported earlier, and {@code RUN --mount} cache
 * mounts, are the caller's to add (see {@link CacheSetting#appliesTo(String)} and
 * {@link PackageManager#cachesOutside(List, String)}).
 *
 * @param invocation     the command
 * @param manager        the package manager
 * @param kind           what it does
 * @param path           the subcommand path the kind was read from, a front's part first ({@code [pip, install]} for
 *                       {@code uv pip install})
 * @param packages       the packages (or modules, groups, files) named, for installs, removals and upgrades
 * @param yes            whether a yes option (or, for APT, {@code -qq}) is given
 * @param noCache        whether an option or a variable set for the command disables the cache
 * @param cacheRelocated whether an option or a variable set for the command moves the cache elsewhere
 * @param cleaned        the caches this command deletes, for a clean
 */
public record PackageOperation(Invocation invocation, PackageManager manager, OperationKind kind, List<String> path,
                               List<Operand> packages, boolean yes, boolean noCache, boolean cacheRelocated,
                               List<CacheDirectory> cleaned) {
    private static final Pattern APT_ASSUME_YES = Pattern.compile("(?i)APT::Get::Assume-?Yes=(1|true|yes|on)");

    public PackageOperation {
        Objects.requireNonNull(invocation, "invocation");
        Objects.requireNonNull(manager, "manager");
        Objects.requireNonNull(kind, "kind");
        path = List.copyOf(path);
        packages = List.copyOf(packages);
        cleaned = List.copyOf(cleaned);
    }

    /** The operation {@code invocation} performs, when its tool is a package manager. */
    public static Optional<PackageOperation> classify(Invocation invocation) {
        Optional<Front> front = invocation.front();
        Optional<PackageManager> viaFront = front.flatMap(f -> PackageManagers.forTool(f.tool()));
        PackageManager manager = viaFront.or(() -> PackageManagers.forTool(invocation.tool())).orElse(null);
        if (manager == null) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        if (viaFront.isPresent()) {
            path.add(invocation.tool());
        }
        path.addAll(invocation.subcommands());
        OperationKind kind = OperationKind.OTHER;
        for (Verb verb : manager.verbs()) {
            if (verb.matches(invocation, path)) {
                kind = verb.kind();
                break;
            }
        }
        List<CacheDirectory> cleaned = new ArrayList<>();
        for (CleanVerb clean : manager.cleans()) {
            if (clean.matches(invocation, path)) {
                clean.deletes().stream().filter(d -> !cleaned.contains(d)).forEach(cleaned::add);
            }
        }
        boolean named = kind == OperationKind.INSTALL || kind == OperationKind.REMOVE || kind == OperationKind.UPGRADE;
        List<Operand> packages = named ? packages(invocation, manager) : List.of();
        return Optional.of(new PackageOperation(invocation, manager, kind, path, packages, yes(invocation, manager),
                cache(invocation, manager, CacheSetting.Effect.DISABLES),
                cache(invocation, manager, CacheSetting.Effect.RELOCATES), cleaned));
    }

    /**
     * Whether the command would stop at a confirmation prompt: it is of a prompting kind, no yes option is given, and
     * it neither only simulates ({@code apt-get install -s}) nor answers no ({@code --assume-no}).
     */
    public boolean needsConfirmation() {
        boolean answered = invocation.has("--simulate") || invocation.has("--assume-no") || invocation.has("--assumeno");
        return manager.prompting().contains(kind) && !yes && !answered;
    }

    /** Whether {@code operand}, one of {@link #packages()}, names a version (or needs none) by the manager's syntax. */
    public boolean isPinned(Operand operand) {
        return isPinned(operand.text());
    }

    /**
     * Whether a package named {@code text} in this command names a version (or needs none): for a rule that has
     * substituted the variables of an operand ({@code git-core-${version}} with {@code version=2.39}).
     */
    public boolean isPinned(String text) {
        if (isSubcommand("group", "install") || isSubcommand("groupinstall")) {
            return true;
        }
        if (isSubcommand("module", "install")) {
            return text.indexOf(':') > 0;
        }
        for (String option : manager.versionOptions()) {
            if (invocation.has(option)) {
                return true;
            }
        }
        if (manager == PackageManagers.PIP || manager == PackageManagers.UV || manager == PackageManagers.PIPX) {
            if (invocation.has("--constraint") || invocation.has("-c") || invocation.has("--constraints")) {
                return true;
            }
        }
        return manager.pins().isPinned(text);
    }

    /**
     * The caches this command fills unless a mount or a variable set outside it keeps them out: an install, upgrade
     * or index update without an option or variable of its own that disables or moves the cache. For APT only the
     * lists of an index update: Debian's and Ubuntu's images delete downloaded archives after each install
     * ({@code /etc/apt/apt.conf.d/docker-clean}). The caches a manager lists are where its versions keep one cache
     * (dnf 4 or 5, yarn 1 or berry), so a command fills one of them.
     */
    public List<CacheDirectory> fills() {
        boolean filling = kind == OperationKind.INSTALL || kind == OperationKind.UPGRADE
                || kind == OperationKind.UPDATE_INDEX;
        if (!filling || noCache || cacheRelocated) {
            return List.of();
        }
        if (manager == PackageManagers.APT) {
            return kind == OperationKind.UPDATE_INDEX
                    ? manager.caches().stream().filter(c -> c.path().equals("/var/lib/apt/lists")).toList() : List.of();
        }
        return manager.caches();
    }

    /** The packages of an install that name no version; empty for other kinds. */
    public List<Operand> unpinned() {
        if (kind != OperationKind.INSTALL) {
            return List.of();
        }
        List<Operand> unpinned = new ArrayList<>();
        for (Operand operand : packages) {
            if (!isPinned(operand)) {
                unpinned.add(operand);
            }
        }
        return unpinned;
    }

    private boolean isSubcommand(String... steps) {
        return path.equals(List.of(steps));
    }

    private static List<Operand> packages(Invocation invocation, PackageManager manager) {
        List<Operand> operands = invocation.operandsAfterSubcommand();
        if (manager == PackageManagers.GO && invocation.isSubcommand("run")) {
            return operands.isEmpty() ? List.of() : List.of(operands.get(0));
        }
        if (manager == PackageManagers.MAVEN || manager == PackageManagers.GRADLE) {
            return List.of();
        }
        List<Operand> packages = new ArrayList<>();
        for (Operand operand : operands) {
            if (manager == PackageManagers.GEM && (operand.afterDoubleDash() || isBooleanOfUnknownOption(invocation, operand))) {
                continue;
            }
            packages.add(operand);
        }
        return packages;
    }

    /** {@code gem install x --build-flag true}: a {@code true}/{@code false} right after an option gem does not know. */
    private static boolean isBooleanOfUnknownOption(Invocation invocation, Operand operand) {
        if (!operand.text().equals("true") && !operand.text().equals("false")) {
            return false;
        }
        List<Word> words = invocation.command().words();
        int at = words.indexOf(operand.word());
        if (at <= 0) {
            return false;
        }
        Word previous = words.get(at - 1);
        return invocation.options().stream().anyMatch(o -> !o.known() && o.word() == previous && o.value().isEmpty());
    }

    private static boolean yes(Invocation invocation, PackageManager manager) {
        for (String option : manager.yesOptions()) {
            if (invocation.has(option)) {
                return true;
            }
        }
        if (manager.quietTwiceIsYes()) {
            int quiet = 0;
            for (Option option : invocation.all("--quiet")) {
                quiet += option.value().filter(v -> v.matches("[0-9]+")).map(Integer::parseInt).orElse(1);
            }
            if (quiet >= 2) {
                return true;
            }
            return invocation.values("--option").stream().anyMatch(v -> APT_ASSUME_YES.matcher(v.strip()).matches());
        }
        return false;
    }

    private static boolean cache(Invocation invocation, PackageManager manager, CacheSetting.Effect effect) {
        List<Option> options = new ArrayList<>(invocation.options());
        invocation.front().ifPresent(front -> options.addAll(front.options()));
        for (CacheSetting setting : manager.cacheOptions()) {
            if (setting.effect() != effect) {
                continue;
            }
            String canonical = invocation.canonicalOption(setting.name());
            for (Option option : options) {
                boolean same = option.name().equals(canonical) || option.spelled().equals(setting.name());
                boolean valueFits = setting.valuePrefix().isEmpty()
                        || option.value().filter(v -> v.startsWith(setting.valuePrefix())).isPresent();
                if (same && valueFits) {
                    return true;
                }
            }
        }
        for (EnvironmentAssignment assignment : invocation.environment()) {
            for (CacheSetting variable : manager.cacheVariables()) {
                if (variable.effect() == effect && variable.name().equals(assignment.name())
                        && variable.appliesTo(assignment.value())) {
                    return true;
                }
            }
        }
        return false;
    }
}
