package dev.dlint.rules.knowledge;

import dev.dlint.model.RunCommand;
import java.util.List;
import java.util.Optional;

/**
 * Commands that unpack an archive or decompress a file: {@code tar -x}, {@code unzip}, {@code gzip -d},
 * {@code jar xf} (a zip), …
 */
public final class Extractions {

    private static final List<String> TARS = List.of("tar", "gtar", "bsdtar");
    private static final List<String> EXTRACTORS = List.of("unzip", "gunzip", "bunzip2", "unlzma", "unxz", "unzstd",
            "uncompress", "zcat", "gzcat", "bzcat", "xzcat", "lzcat", "zstdcat");
    private static final List<String> COMPRESSORS = List.of("gzip", "bzip2", "xz", "lzma", "zstd", "pigz", "pbzip2");
    private static final List<String> SEVEN_ZIP = List.of("7z", "7za", "7zr");

    private Extractions() {
    }

    /** The name of the extracting command ({@code tar -x}, {@code unzip}), when the command extracts. */
    public static Optional<String> extracting(RunCommand command) {
        Optional<String> name = name(command);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = command.arguments();
        String n = name.get();
        boolean extracts = EXTRACTORS.contains(n)
                || (TARS.contains(n) && isTarExtract(args))
                || (COMPRESSORS.contains(n)
                        && args.stream().anyMatch(a -> a.equals("--decompress") || a.matches("-[a-zA-Z]*d[a-zA-Z]*")))
                || (SEVEN_ZIP.contains(n) && !args.isEmpty() && (args.get(0).equals("x") || args.get(0).equals("e")))
                || (n.equals("jar") && !args.isEmpty() && args.get(0).matches("-?[a-zA-Z]*x[a-zA-Z]*"));
        return extracts ? Optional.of(TARS.contains(n) ? n + " -x" : n.equals("jar") ? "jar x" : n) : Optional.empty();
    }

    /** The command's name, also when its directory is a variable ({@code $JAVA_HOME/bin/jar}). */
    private static Optional<String> name(RunCommand command) {
        if (command.name().isPresent() || command.command().words().isEmpty()) {
            return command.name();
        }
        String raw = command.command().words().get(0).raw();
        String base = raw.substring(raw.lastIndexOf('/') + 1);
        return raw.contains("/") && base.matches("[A-Za-z0-9._+-]+") ? Optional.of(base) : Optional.empty();
    }

    private static boolean isTarExtract(List<String> args) {
        if (!args.isEmpty() && args.get(0).matches("[A-Za-z]*x[A-Za-z]*")) {
            return true; // old-style bundled options: tar xzf archive.tgz
        }
        return args.stream().anyMatch(a -> a.equals("--extract") || a.equals("--get") || a.matches("-[A-Za-z]*x[A-Za-z]*"));
    }
}
