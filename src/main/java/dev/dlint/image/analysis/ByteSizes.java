package dev.dlint.image.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/**
 * Parses byte sizes exactly like go-humanize's {@code ParseBytes}: a leading decimal number (digits, {@code .} and
 * {@code ,} separators, which are removed), optional spaces, then a case-insensitive unit; SI units ({@code k kb m mb
 * g gb t tb p pb e eb}) are powers of 1000, IEC units ({@code ki kib mi mib …}) powers of 1024, no unit or {@code b}
 * means bytes. The result is truncated to an integer. {@code "20MB"} = 20,000,000, {@code "20MiB"} = 20,971,520,
 * {@code "1.5k"} = 1500.
 */
public final class ByteSizes {
    private static final Map<String, BigDecimal> UNITS = Map.ofEntries(
            Map.entry("", BigDecimal.ONE), Map.entry("b", BigDecimal.ONE),
            Map.entry("k", pow(1000, 1)), Map.entry("kb", pow(1000, 1)),
            Map.entry("ki", pow(1024, 1)), Map.entry("kib", pow(1024, 1)),
            Map.entry("m", pow(1000, 2)), Map.entry("mb", pow(1000, 2)),
            Map.entry("mi", pow(1024, 2)), Map.entry("mib", pow(1024, 2)),
            Map.entry("g", pow(1000, 3)), Map.entry("gb", pow(1000, 3)),
            Map.entry("gi", pow(1024, 3)), Map.entry("gib", pow(1024, 3)),
            Map.entry("t", pow(1000, 4)), Map.entry("tb", pow(1000, 4)),
            Map.entry("ti", pow(1024, 4)), Map.entry("tib", pow(1024, 4)),
            Map.entry("p", pow(1000, 5)), Map.entry("pb", pow(1000, 5)),
            Map.entry("pi", pow(1024, 5)), Map.entry("pib", pow(1024, 5)),
            Map.entry("e", pow(1000, 6)), Map.entry("eb", pow(1000, 6)),
            Map.entry("ei", pow(1024, 6)), Map.entry("eib", pow(1024, 6)));
    private static final double MAX_UINT64 = 18446744073709551615.0;
    private static final String[] SI_UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

    private ByteSizes() {
    }

    /**
     * Parses {@code text}.
     *
     * @return the byte count, saturated at {@link Long#MAX_VALUE} (go-humanize allows up to 2^64−1)
     * @throws IllegalArgumentException with a readable message for malformed input
     */
    public static long parse(String text) {
        int end = 0;
        boolean comma = false;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (!(Character.isDigit(c) || c == '.' || c == ',')) {
                break;
            }
            comma |= c == ',';
            end++;
        }
        String number = comma ? text.substring(0, end).replace(",", "") : text.substring(0, end);
        double value;
        try {
            value = GoFloat.parse(number);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid byte size '" + text + "'");
        }
        String unit = text.substring(end).trim().toLowerCase(Locale.ROOT);
        BigDecimal factor = UNITS.get(unit);
        if (factor == null) {
            throw new IllegalArgumentException("unhandled size name '" + unit + "' in '" + text + "'");
        }
        double scaled = value * factor.doubleValue();
        if (scaled >= MAX_UINT64) {
            throw new IllegalArgumentException("too large: " + text);
        }
        return scaled >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) scaled;
    }

    /**
     * Formats a byte count like go-humanize's {@code Bytes} (what dive prints): SI units, one decimal below 10 of a
     * unit, none above ({@code 999 B}, {@code 1.6 kB}, {@code 20 MB}, {@code 3.4 GB}), halves rounded to even.
     */
    public static String format(long bytes) {
        if (bytes < 10) {
            return bytes + " B";
        }
        int exponent = 0;
        double scaled = bytes;
        while (scaled >= 1000 && exponent < SI_UNITS.length - 1) {
            scaled /= 1000;
            exponent++;
        }
        double value = Math.floor(bytes / Math.pow(1000, exponent) * 10 + 0.5) / 10;
        BigDecimal rounded = new BigDecimal(value).setScale(value < 10 ? 1 : 0, RoundingMode.HALF_EVEN);
        return rounded.toPlainString() + " " + SI_UNITS[exponent];
    }

    private static BigDecimal pow(int base, int exponent) {
        return BigDecimal.valueOf(base).pow(exponent);
    }
}
