package dev.dlint.image.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/** Go's {@code strconv.ParseFloat(s, 64)} syntax and Go's {@code %v} formatting of a float64, for dive parity. */
final class GoFloat {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEX = Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?\\d+");

    private GoFloat() {
    }

    /** Parses like Go: no surrounding spaces, {@code inf}/{@code infinity}/{@code nan} in any case. */
    static double parse(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        if (unsigned.equals("inf") || unsigned.equals("infinity")) {
            return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        if (DECIMAL.matcher(s).matches() || HEX.matcher(s).matches()) {
            return Double.parseDouble(s);
        }
        throw new IllegalArgumentException("invalid syntax: '" + s + "'");
    }

    /** Formats like Go's {@code %v} for float64 (shortest representation, {@code %g}-style exponents). */
    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e21) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        int exp = Integer.parseInt(s.substring(e + 1));
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        if (exp >= -4 && exp < 21) {
            return new java.math.BigDecimal(s).toPlainString();
        }
        return mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
}
