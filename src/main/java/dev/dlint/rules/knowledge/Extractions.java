package dev.dlint.rules.knowledge;

import dev.dlint.command.Invocation;
import dev.dlint.command.Invocations;
import dev.dlint.command.Operand;
import dev.dlint.command.Option;
import dev.dlint.model.RunCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Commands that unpack an archive or decompress a file, read through the command layer: {@code tar -x} (also
 * {@code tar xzf}, {@code --extract}), {@code unzip}, {@code gzip -d}, {@code 7z x}, {@code jar xf} (a zip), …
 */
public final class Extractions {

    private static final List<String> EXTRACTORS = List.of("unzip", "gunzip", "bunzip2", "unlzma", "unxz", "unzstd",
            "uncompress", "zcat", "gzcat", "bzcat", "xzcat", "lzcat", "zstdcat");
    private static final List<String> COMPRESSORS = List.of("gzip", "bzip2", "xz", "lzma", "zstd", "pigz", "pbzip2");
    private static final List<String> SEVEN_ZIP = List.of("7z", "7za", "7zr");

    /**
     * One extracting command.
     *
     * @param tool  how to name it in messages ({@code tar -x}, {@code unzip})
     * @param words its operands and option values, where the archive is named
     */
    public record Extraction(String tool, List<String> words) {
    }

    private Extractions() {
    }

    /** The extraction a command makes, if it makes one. */
    public static Optional<Extraction> of(RunCommand command) {
        Optional<Invocation> parsed = Invocations.parse(command.command());
        if (parsed.isEmpty()) {
            return unpackedWithJar(command);
        }
        Invocation invocation = parsed.get();
        String tool = invocation.tool();
        List<String> words = new ArrayList<>();
        invocation.operands().stream().map(Operand::text).forEach(words::add);
        invocation.options().stream().flatMap(o -> o.value().stream()).forEach(words::add);
        String first = words.isEmpty() ? "" : words.get(0);
        boolean extracts = invocation.is("tar") ? invocation.has("--extract")
                : EXTRACTORS.contains(tool) && !(tool.equals("unzip") && invocation.has("-l", "-t", "-Z", "-v"))
                || COMPRESSORS.contains(tool) && decompresses(invocation)
                || SEVEN_ZIP.contains(tool) && (first.equals("x") || first.equals("e"));
        if (tool.equals("jar")) {
            return unpackedWithJar(command);
        }
        return extracts ? Optional.of(new Extraction(invocation.is("tar") ? "tar -x" : tool, words)) : Optional.empty();
    }

    /** {@code jar xf app.zip}, also run through a variable directory ({@code $JAVA_HOME/bin/jar}). */
    private static Optional<Extraction> unpackedWithJar(RunCommand command) {
        List<String> args = command.arguments();
        String name = command.command().words().isEmpty() ? "" : command.command().words().get(0).raw();
        boolean jar = name.equals("jar") || name.endsWith("/jar");
        return jar && !args.isEmpty() && args.get(0).matches("-?[a-zA-Z]*x[a-zA-Z]*")
                ? Optional.of(new Extraction("jar x", args)) : Optional.empty();
    }

    /** {@code -d} or {@code --decompress}, alone or in a cluster ({@code gzip -dc}); these tools have no spec. */
    private static boolean decompresses(Invocation invocation) {
        return invocation.options().stream().map(Option::spelled)
                .anyMatch(s -> s.equals("--decompress") || s.matches("-[a-zA-Z]*d[a-zA-Z]*"));
    }
}
