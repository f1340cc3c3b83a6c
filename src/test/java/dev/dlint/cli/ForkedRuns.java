package dev.dlint.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several dlint command lines, separated by {@code ::}, one after the other in one JVM (so that tests can bound
 * the heap of real runs without paying for a JVM per run); exits with the highest exit code.
 */
public final class ForkedRuns {

    private ForkedRuns() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int worst = 0;
        List<String> current = new ArrayList<>();
        for (String arg : Arrays.asList(args)) {
            if (arg.equals("::")) {
                worst = Math.max(worst, Main.run(current.toArray(new String[0]), out, err));
                current.clear();
            } else {
                current.add(arg);
            }
        }
        if (!current.isEmpty()) {
            worst = Math.max(worst, Main.run(current.toArray(new String[0]), out, err));
        }
        out.flush();
        System.exit(worst);
    }
}
