package dev.dlint.rules.knowledge;

import dev.dlint.command.CacheSetting;
import dev.dlint.command.OperationKind;
import dev.dlint.command.PackageManager;
import dev.dlint.command.PackageManagers;
import dev.dlint.facts.DockerfileFacts;
import java.util.Map;
import java.util.Optional;

/**
 * How to keep a package manager's cache out of a layer besides a cache mount: an option of the command that writes
 * none ({@code apk add --no-cache}, {@code pip install --no-cache-dir}), or a command that deletes it, to end the RUN
 * with. The deleting commands are those that work on every version in use: {@code rm -rf /var/lib/apt/lists/*}
 * rather than {@code apt-get distclean} (APT 2.7 and later), {@code rm -rf /var/cache/apk/*} rather than
 * {@code apk cache clean} (which fails unless a cache is configured).
 */
public final class CacheRemedies {

    private static final Map<PackageManager, String> CLEANUPS = Map.ofEntries(
            Map.entry(PackageManagers.APT, "rm -rf /var/lib/apt/lists/*"),
            Map.entry(PackageManagers.APK, "rm -rf /var/cache/apk/*"),
            Map.entry(PackageManagers.YUM, "yum clean all"),
            Map.entry(PackageManagers.DNF, "dnf clean all"),
            Map.entry(PackageManagers.MICRODNF, "microdnf clean all"),
            Map.entry(PackageManagers.TDNF, "tdnf clean all"),
            Map.entry(PackageManagers.ZYPPER, "zypper clean --all"),
            Map.entry(PackageManagers.NPM, "npm cache clean --force"),
            Map.entry(PackageManagers.YARN, "yarn cache clean"),
            Map.entry(PackageManagers.COMPOSER, "composer clear-cache"),
            Map.entry(PackageManagers.GO, "go clean -cache -modcache"));

    private CacheRemedies() {
    }

    /** The option that makes this kind of command write no cache, if the manager has one: {@code --no-cache-dir}. */
    public static Optional<String> noCacheOption(PackageManager manager, OperationKind kind) {
        if (kind != OperationKind.INSTALL && kind != OperationKind.UPGRADE) {
            return Optional.empty(); // apk update --no-cache refreshes nothing it keeps
        }
        return manager.cacheOptions().stream().filter(s -> s.effect() == CacheSetting.Effect.DISABLES)
                .map(CacheSetting::name).findFirst();
    }

    /** The command that deletes the manager's cache, to run at the end of the RUN that fills it. */
    public static Optional<String> cleanup(PackageManager manager) {
        return Optional.ofNullable(CLEANUPS.get(manager));
    }

    /**
     * Whether deleting the cache at the end of the RUN at {@code site} changes nothing but the image's size. Not for
     * yarn ({@code yarn cache clean} under Yarn 2+ empties the project's {@code .yarn/cache}, which zero-install
     * projects run from). Not for APT and zypper, which need their index to install (zypper for repositories without
     * autorefresh), when a later RUN of this build installs without refreshing it, or when the RUN is an ONBUILD
     * trigger (the images built FROM this one are out of sight). The other managers fetch missing metadata by
     * themselves.
     */
    public static boolean deletingIsSafe(DockerfileFacts facts, PackageRuns.Site site, PackageManager manager) {
        if (manager == PackageManagers.YARN) {
            return false;
        }
        if (manager != PackageManagers.APT && manager != PackageManagers.ZYPPER) {
            return true;
        }
        return !site.trigger() && !PackageRuns.laterInstallWithoutRefresh(facts, site, manager);
    }

    /** The extra mount options a manager's cache needs: APT locks its lists, so builds must not share them at once. */
    public static String mountOptions(PackageManager manager) {
        return manager == PackageManagers.APT ? ",sharing=locked" : "";
    }
}
