package dev.dlint.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every exit code dlint uses. Codes 0 and 1 follow hadolint's convention; 1 only ever means findings (or, for
 * {@code parse}, a Dockerfile the build would reject), never that dlint itself failed. Each command's help lists
 * only the codes it can return, in that command's words ({@link #helpList(String)}).
 */
public enum ExitCode {
    CLEAN(0, "No finding at or above the failure threshold."),
    FINDINGS(1, "Findings at or above the failure threshold."),
    USAGE(2, "Invalid command line or configuration."),
    UNREADABLE_INPUT(3, "An input could not be read, or dlint could not run (out of memory, internal error).");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** The list shown under "Exit codes" in the help of {@code lint} (and of {@code dlint} itself). */
    public static Map<String, String> helpList() {
        return helpList("lint");
    }

    /** The exit codes the command can return, with their meaning for it; shown under "Exit codes" in its help. */
    public static Map<String, String> helpList(String command) {
        Map<String, String> list = new LinkedHashMap<>();
        switch (command) {
            case "rules" -> {
                list.put("0", "The rules were listed.");
                list.put("2", USAGE.meaning);
            }
            case "explain" -> {
                list.put("0", "The rule's documentation was printed.");
                list.put("2", "Invalid command line, or no rule of that name.");
            }
            case "parse" -> {
                list.put("0", "The Dockerfile parses and the build would accept it.");
                list.put("1", "A syntax error, or an error the build would fail on (the dump is printed when the"
                        + " parser got through).");
                list.put("2", USAGE.meaning);
                list.put("3", UNREADABLE_INPUT.meaning);
            }
            case "cache", "context" -> {
                list.put("0", "The report was printed.");
                list.put("2", USAGE.meaning);
                list.put("3", "The Dockerfile, the build context or git could not be read, or dlint could not run.");
            }
            case "fix" -> {
                list.put("0", "No finding remains at or above the failure threshold (with --diff: nothing to change).");
                list.put("1", "Findings remain at or above the failure threshold (with --diff: a fix would change a"
                        + " file).");
                list.put("2", USAGE.meaning);
                list.put("3", "An input could not be read or a fixed file not written, or dlint could not run.");
            }
            case "image" -> {
                list.put("0", "No finding at or above the failure threshold and every CI gate passed.");
                list.put("1", "Findings at or above the failure threshold, a failed CI gate, or a partial image"
                        + " analysed with --ignore-errors.");
                list.put("2", USAGE.meaning);
                list.put("3", "The image could not be read, or dlint could not run.");
            }
            default -> {
                for (ExitCode exitCode : values()) {
                    list.put(String.valueOf(exitCode.code), exitCode.meaning);
                }
            }
        }
        return list;
    }
}
