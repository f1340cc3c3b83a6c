package dev.dlint.rules.knowledge;

import dev.dlint.model.RunCommand;
import java.util.List;
import java.util.Optional;

/** Commands that unpack an archive or decompress a file: {@code tar -x}, {@code unzip}, {@code gzip -d}, … */
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
        Optional<String> name = command.name();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = command.arguments();
        String n = name.get();
        boolean extracts = EXTRACTORS.contains(n)
                || (TARS.contains(n) && isTarExtract(args))
                || (COMPRESSORS.contains(n) && args.stream().anyMatch(a -> a.equals("--decompress") || a.matches("-[a-zA-Z]*d[a-zA-Z]*")))
                || (SEVEN_ZIP.contains(n) && !args.isEmpty() && (args.get(0).equals("x") || args.get(0).equals("e")));
        return extracts ? Optional.of(TARS.contains(n) ? n + " -x" : n) : Optional.empty();
    }

    private static boolean isTarExtract(List<String> args) {
        if (!args.isEmpty() && args.get(0).matches("[A-Za-z]*x[A-Za-z]*")) {
            return true; // old-style bundled options: tar xzf archive.tgz
        }
        return args.stream().anyMatch(a -> a.equals("--extract") || a.equals("--get") || a.matches("-[A-Za-z]*x[A-Za-z]*"));
    }
}
