package dev.dlint.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The width of the terminal the report goes to. Java cannot ask the terminal ({@code ioctl}), so when standard output
 * is a terminal {@code stty size} is run with the controlling terminal as its input; otherwise, or when that fails,
 * {@code COLUMNS} (shells set it but seldom export it); otherwise 100 columns.
 */
final class TerminalWidth {

    static final int DEFAULT = 100;
    private static final File TTY = new File("/dev/tty");

    private TerminalWidth() {
    }

    /** The width for standard output. */
    static int of(Map<String, String> environment, boolean stdoutIsTerminal) {
        if (stdoutIsTerminal) {
            Optional<Integer> tty = fromStty();
            if (tty.isPresent()) {
                return tty.get();
            }
        }
        return fromColumns(environment.get("COLUMNS")).orElse(DEFAULT);
    }

    /** {@code COLUMNS} when it is a plausible width (2 to 4 digits). */
    static Optional<Integer> fromColumns(String columns) {
        if (columns != null && columns.strip().matches("\\d{2,4}")) {
            return Optional.of(Integer.parseInt(columns.strip()));
        }
        return Optional.empty();
    }

    /** The columns {@code stty size} reports for the controlling terminal ({@code "ROWS COLS"}). */
    static Optional<Integer> fromStty() {
        if (!TTY.exists()) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(ProcessBuilder.Redirect.from(TTY))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] output = p.getInputStream().readNBytes(64);
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return parseSttySize(new String(output, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The width in {@code stty size}'s output ({@code "50 132\n"} gives 132), if it is one. */
    static Optional<Integer> parseSttySize(String output) {
        String[] parts = output.strip().split("\\s+");
        if (parts.length == 2 && parts[1].matches("\\d{1,4}") && Integer.parseInt(parts[1]) > 0) {
            return Optional.of(Integer.parseInt(parts[1]));
        }
        return Optional.empty();
    }
}
