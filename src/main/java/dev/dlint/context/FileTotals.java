package dev.dlint.context;

import java.util.Locale;

/** A number of files and their bytes, with the wording messages use ({@code "1,234 files, 56 MB"}). */
public record FileTotals(long files, long bytes) {

    public static final FileTotals ZERO = new FileTotals(0, 0);

    public FileTotals {
        if (files < 0 || bytes < 0) {
            throw new IllegalArgumentException("negative totals: " + files + ", " + bytes);
        }
    }

    public FileTotals plus(long moreFiles, long moreBytes) {
        return new FileTotals(files + moreFiles, bytes + moreBytes);
    }

    /** {@code "1 file, 12 B"}, {@code "1,234 files, 56 MB"} (decimal units). */
    public String describe() {
        return String.format(Locale.ROOT, "%,d %s, %s", files, files == 1 ? "file" : "files", bytes(bytes));
    }

    /** Decimal byte units: {@code 999 B}, {@code 1.2 kB}, {@code 56 MB}. */
    public static String bytes(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        String[] units = {"kB", "MB", "GB", "TB", "PB", "EB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return value < 10 ? String.format(Locale.ROOT, "%.1f %s", value, units[unit])
                : String.format(Locale.ROOT, "%.0f %s", value, units[unit]);
    }
}
