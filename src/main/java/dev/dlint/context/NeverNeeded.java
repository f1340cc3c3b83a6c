package dev.dlint.context;

import java.util.List;
import java.util.Optional;

/**
 * Things an image never needs from the build context: version-control data, installed dependencies, build and
 * test output, caches, editor and operating-system litter. Matched by name at any depth.
 */
public final class NeverNeeded {

    private static final EntryKind DIR = EntryKind.DIRECTORY;
    private static final EntryKind FILE = EntryKind.FILE;

    /** The catalogue, as data. */
    public static final List<CatalogItem> ITEMS = List.of(
            new CatalogItem(".git", EntryKind.OTHER, true, "Git history"),
            new CatalogItem(".hg", DIR, true, "Mercurial history"),
            new CatalogItem(".svn", DIR, true, "Subversion metadata"),
            new CatalogItem("node_modules", DIR, false, "installed npm packages (install them in the image)"),
            new CatalogItem("target", DIR, false, "Maven or Cargo build output"),
            new CatalogItem("dist", DIR, false, "build output"),
            new CatalogItem("build", DIR, false, "build output"),
            new CatalogItem("__pycache__", DIR, true, "Python bytecode cache"),
            new CatalogItem(".venv", DIR, false, "Python virtual environment"),
            new CatalogItem("venv", DIR, false, "Python virtual environment"),
            new CatalogItem(".tox", DIR, true, "tox environments"),
            new CatalogItem(".pytest_cache", DIR, true, "pytest cache"),
            new CatalogItem(".mypy_cache", DIR, true, "mypy cache"),
            new CatalogItem(".idea", DIR, true, "IntelliJ project settings"),
            new CatalogItem(".vscode", DIR, false, "VS Code settings"),
            new CatalogItem(".DS_Store", FILE, true, "macOS Finder metadata"),
            new CatalogItem("Thumbs.db", FILE, true, "Windows thumbnail cache"),
            new CatalogItem("*.swp", FILE, true, "Vim swap file"),
            new CatalogItem("coverage", DIR, false, "test coverage report"),
            new CatalogItem(".gradle", DIR, true, "Gradle cache"));

    private NeverNeeded() {
    }

    /** The catalogue item describing {@code entry}, if any. */
    public static Optional<CatalogItem> match(ContextEntry entry) {
        return match(entry.path(), entry.kind());
    }

    /** The catalogue item describing an entry of {@code kind} at {@code path}, if any. */
    public static Optional<CatalogItem> match(String path, EntryKind kind) {
        for (CatalogItem item : ITEMS) {
            if (item.matches(path, kind)) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }
}
