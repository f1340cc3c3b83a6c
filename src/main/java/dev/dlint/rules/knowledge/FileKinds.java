package dev.dlint.rules.knowledge;

import dev.dlint.facts.PathResolver;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a COPY or ADD source is, judged by its name: a URL or git repository, an archive (which ADD extracts when it
 * is a tar), a directory, or a file whose format is known not to be tar.
 */
public final class FileKinds {

    /** Tar archives, compressed or not, and single-file compression formats (ADD extracts a tar inside them). */
    private static final List<String> ARCHIVES = List.of(".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz",
            ".tb2", ".tar.xz", ".txz", ".tar.lz", ".tlz", ".tar.lzma", ".tar.z", ".tz", ".tpz", ".tar.zst", ".tzst",
            ".gz", ".bz2", ".xz", ".lz", ".lzma", ".z", ".zst");
    /** Archive formats a RUN may extract that ADD does not (zip and friends). */
    private static final List<String> OTHER_ARCHIVES = List.of(".zip", ".7z", ".rar");
    /** Extensions of formats that are not tar: ADD copies such files as they are. */
    private static final Set<String> NOT_TAR = Set.of("sh", "bash", "zsh", "fish", "py", "rb", "pl", "php", "js",
            "mjs", "cjs", "ts", "json", "yaml", "yml", "toml", "ini", "cfg", "conf", "config", "properties", "xml",
            "html", "htm", "css", "txt", "md", "rst", "csv", "env", "sql", "lua", "go", "java", "class", "jar", "war",
            "ear", "zip", "whl", "so", "dll", "exe", "pem", "crt", "cer", "key", "pub", "asc", "gpg", "repo", "list",
            "service", "socket", "timer", "rules", "patch", "diff", "ps1", "psm1", "cmd", "bat", "png", "jpg", "jpeg",
            "gif", "svg", "ico", "pdf", "lock", "sum", "mod", "gradle", "kts", "rs", "c", "h", "cpp", "hpp", "cs",
            "csproj", "sln", "cnf", "vcl", "tmpl", "tpl", "j2", "erb", "ejs", "htaccess", "gitconfig",
            "npmrc", "template", "desktop", "policy", "pac", "ovpn", "lst", "sed", "awk", "exp", "te", "pp", "r",
            "scala", "kt", "groovy", "swift", "dart", "ex", "exs", "erl", "hs", "ml", "clj", "edn", "vim", "el", "nginx",
            "crontab", "cron", "reg", "inf", "xsl", "xslt", "dtd", "xsd", "wsdl", "jks", "p12", "pfx", "keystore",
            "truststore", "der", "csr", "srl", "log", "db", "sqlite", "dat", "yarnrc", "bowerrc", "babelrc", "tf");

    private FileKinds() {
    }

    /** A URL or git reference, which only ADD can fetch. */
    public static boolean isRemote(String source) {
        return source.contains("://") || source.startsWith("git@");
    }

    /** A name ADD would extract if the file is a tar: a tar archive or a compressed file. */
    public static boolean isArchiveName(String source) {
        String name = baseName(source).toLowerCase(Locale.ROOT);
        return ARCHIVES.stream().anyMatch(name::endsWith);
    }

    /** An archive of any kind, by its name: what ADD extracts and what only a RUN can (zip, 7z, rar). */
    public static boolean isAnyArchiveName(String source) {
        String name = baseName(source).toLowerCase(Locale.ROOT);
        return isArchiveName(source) || OTHER_ARCHIVES.stream().anyMatch(name::endsWith);
    }

    /** A source that names a directory: {@code .}, {@code ..} or a path ending in {@code /}, {@code /.}. */
    public static boolean isDirectory(String source) {
        return source.equals(".") || source.equals("..") || source.endsWith("/") || source.endsWith("/.")
                || source.endsWith("/..");
    }

    /** A file (or a glob of files) whose extension names a format that is not tar. */
    public static boolean isNotArchive(String source) {
        String name = baseName(source);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && NOT_TAR.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * Where a file named {@code name} may be after COPY or ADD to {@code dest}: inside it when it is a directory
     * (a trailing slash, several sources), else the destination itself or, when it already exists as a directory,
     * inside it. Relative destinations resolve against {@code workdir}; Windows paths are kept as written.
     */
    public static List<String> copiedTo(String name, String dest, boolean severalSources, String workdir) {
        boolean windows = dest.contains("\\") || dest.matches("[A-Za-z]:.*");
        String into = windows ? dest.replaceAll("\\\\+$", "") + "\\" + name
                : PathResolver.resolve(dest + "/" + name, workdir, "/root", Map.of()).orElse(name);
        String itself = windows ? dest : PathResolver.resolve(dest, workdir, "/root", Map.of()).orElse(name);
        boolean directory = dest.endsWith("/") || dest.endsWith("\\") || severalSources;
        return directory ? List.of(into) : List.of(itself, into);
    }

    /** The last path element; both {@code /} and {@code \} separate elements. */
    public static String baseName(String path) {
        String trimmed = path.replaceAll("[/\\\\]+$", "");
        return trimmed.substring(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\')) + 1);
    }
}
