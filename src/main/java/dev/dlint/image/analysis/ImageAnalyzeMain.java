package dev.dlint.image.analysis;

import dev.dlint.image.ImageFormatException;
import dev.dlint.image.ImageSelection;
import dev.dlint.image.Platform;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * A minimal command-line entry point for benchmarks and manual checks (the real CLI lives elsewhere):
 * {@code java -cp dlint.jar dev.dlint.image.analysis.ImageAnalyzeMain [--json] [--image N] [--platform P] PATH}.
 * Exit codes: 0 ok, 2 usage, 3 unreadable image.
 */
public final class ImageAnalyzeMain {
    private ImageAnalyzeMain() {
    }

    /** Runs the analyzer and prints a summary (or the JSON document with {@code --json}). */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        ImageSelection selection = ImageSelection.defaults();
        boolean json = false;
        String path = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json":
                    json = true;
                    break;
                case "--image":
                    selection = selection.withImage(args[++i]);
                    break;
                case "--platform":
                    selection = selection.withPlatform(Platform.parse(args[++i]));
                    break;
                default:
                    path = args[i];
            }
        }
        if (path == null) {
            err.println("usage: ImageAnalyzeMain [--json] [--image NAME:TAG] [--platform os/arch] PATH");
            return 2;
        }
        ImageAnalysis a;
        try {
            a = ImageAnalyzer.analyze(Path.of(path), selection);
        } catch (ImageFormatException e) {
            err.println("error: " + e.getMessage());
            return 3;
        }
        if (json) {
            new ImageJsonWriter().write(a, out);
            out.println();
            return 0;
        }
        out.printf("layers=%d files=%d wasted=%d (%.2f%%) dive.efficiency=%s dive.wasted=%d%n",
                a.image().layers().size(), a.finalFiles().size(), a.waste().bytes(), a.waste().share() * 100,
                a.dive().efficiency(), a.dive().wastedBytes());
        a.warnings().forEach(w -> out.println("warning: " + w));
        return 0;
    }
}
