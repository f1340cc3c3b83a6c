package dev.dlint.image.analysis;

import java.util.Locale;
import java.util.regex.Pattern;

/** Go's float64 syntax and formats ({@code strconv.ParseFloat}, {@code %v}, {@code %.Nf}, {@code encoding/json}), for dive parity. */
public final class GoFloat {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern HEX = Pattern.compile("[+-]?0[xX]([0-9a-fA-F]+\\.?[0-9a-fA-F]*|\\.[0-9a-fA-F]+)[pP][+-]?\\d+");

    private GoFloat() {
    }

    /** Parses like Go: no surrounding spaces, {@code inf}/{@code infinity}/{@code nan} in any case. */
    public static double parse(String s) {
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

    /**
     * Formats like Go's {@code %.Nf}: fixed-point with {@code decimals} digits, and {@code +Inf}, {@code -Inf},
     * {@code NaN} for the values Java would print as {@code Infinity} and {@code NaN}.
     */
    public static String fixed(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * The shortest decimal that reads back as {@code v}, in the form Go's {@code encoding/json} writes a float64:
     * plain digits from 1e-6 up to 1e21 ({@code 1} for 1.0, {@code 0.9844212134184309}), else an exponent without
     * leading zeros ({@code 1e-7}, {@code 1.5e+21}).
     *
     * @throws IllegalArgumentException for NaN and infinities, which JSON cannot hold
     */
    public static String json(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a JSON number: " + v);
        }
        if (v == 0) {
            return (1 / v) < 0 ? "-0" : "0";
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(v);
        java.math.BigDecimal shortest = exact;
        for (int digits = 1; digits <= 17; digits++) {
            java.math.BigDecimal candidate = exact.round(new java.math.MathContext(digits,
                    java.math.RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == v) {
                shortest = candidate;
                break;
            }
        }
        double abs = Math.abs(v);
        if (abs >= 1e-6 && abs < 1e21) {
            String plain = shortest.stripTrailingZeros().toPlainString();
            return plain;
        }
        java.math.BigDecimal unscaled = shortest.stripTrailingZeros();
        String digitsText = unscaled.unscaledValue().abs().toString();
        int exponent = digitsText.length() - 1 - unscaled.scale();
        String mantissa = digitsText.length() == 1 ? digitsText : digitsText.charAt(0) + "." + digitsText.substring(1);
        return (v < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+") + Math.abs(exponent);
    }

    /** Formats like Go's {@code %v} for float64 (shortest representation, {@code %g}-style exponents). */
    public static String format(double v) {
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
