package dev.dlint.command;

/** What a package-manager command does, as far as lint rules care. */
public enum OperationKind {
    /** Installs packages: {@code apt-get install}, {@code apk add}, {@code pip install}, {@code npm ci}, {@code go install}. */
    INSTALL,
    /** Refreshes the package index: {@code apt-get update}, {@code apk update}, {@code dnf makecache}, {@code zypper refresh}. */
    UPDATE_INDEX,
    /** Deletes cached downloads or metadata: {@code apt-get clean}, {@code yum clean all}, {@code pip cache purge}. */
    CLEAN,
    /** Removes packages: {@code apt-get purge}, {@code apk del}, {@code pip uninstall}. */
    REMOVE,
    /** Upgrades what is installed: {@code apt-get upgrade}, {@code dnf upgrade}, {@code npm update}. */
    UPGRADE,
    /** Anything else the manager does ({@code apt-cache}-like queries, {@code npm run}, {@code yum repolist}). */
    OTHER
}
