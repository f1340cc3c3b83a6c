package dev.dlint.shell.script;

/** Checks shared by the node records. */
final class Ranges {
    private Ranges() {
    }

    static void check(int start, int end) {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }
}
