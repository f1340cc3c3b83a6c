package dev.dlint.syntax;

import dev.dlint.model.Diagnostic;
import dev.dlint.model.Dockerfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Manual probe (not a test): prints every diagnostic over the corpus. */
public final class CorpusProbe {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")
                    && !p.getFileName().toString().endsWith(".tsv")).sorted().toList();
        }
        long t0 = System.nanoTime();
        int withErrors = 0;
        for (Path f : files) {
            Dockerfile d = Dockerfiles.parse(root.relativize(f).toString(), Files.readAllBytes(f));
            boolean any = false;
            for (Diagnostic diag : d.diagnostics()) {
                System.out.println(d.path() + ":" + diag.range().startLine() + ":" + diag.range().startColumn() + " " + diag.kind() + " " + diag.message());
                any |= diag.error();
            }
            if (any) withErrors++;
        }
        System.out.println(files.size() + " files, " + withErrors + " with errors, " + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
}
