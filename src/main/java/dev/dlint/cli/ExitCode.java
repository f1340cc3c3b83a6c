package dev.dlint.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** Every exit code dlint uses; listed in {@code --help}. Codes 0 and 1 follow hadolint's convention. */
public enum ExitCode {
    CLEAN(0, "No finding at or above the failure threshold."),
    FINDINGS(1, "Findings at or above the failure threshold."),
    USAGE(2, "Invalid command line or configuration."),
    UNREADABLE_INPUT(3, "An input could not be read.");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /** The list shown under "Exit codes" in the help. */
    public static Map<String, String> helpList() {
        Map<String, String> list = new LinkedHashMap<>();
        for (ExitCode exitCode : values()) {
            list.put(String.valueOf(exitCode.code), exitCode.meaning);
        }
        return list;
    }
}
