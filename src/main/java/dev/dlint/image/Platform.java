package dev.dlint.image;

import java.util.Locale;

/**
 * An {@code os/architecture[/variant]} platform as used by {@code --platform}.
 *
 * @param os           e.g. {@code linux}
 * @param architecture e.g. {@code amd64}
 * @param variant      e.g. {@code v8}, or {@code ""} when unspecified
 */
public record Platform(String os, String architecture, String variant) {

    /** The default when an index offers several platforms. */
    public static final Platform LINUX_AMD64 = new Platform("linux", "amd64", "");

    /** Lower-cases the parts and replaces {@code null} by {@code ""}. */
    public Platform {
        os = os == null ? "" : os.toLowerCase(Locale.ROOT);
        architecture = architecture == null ? "" : architecture.toLowerCase(Locale.ROOT);
        variant = variant == null ? "" : variant.toLowerCase(Locale.ROOT);
    }

    /** Parses {@code os/arch} or {@code os/arch/variant}. */
    public static Platform parse(String text) {
        String[] parts = text.trim().split("/", -1);
        if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty() || parts[1].isEmpty()
                || (parts.length == 3 && parts[2].isEmpty())) {
            throw new IllegalArgumentException("invalid platform '" + text + "': expected os/arch[/variant]");
        }
        return new Platform(parts[0], parts[1], parts.length == 3 ? parts[2] : "");
    }

    /** The variant with architecture defaults applied ({@code arm64} → {@code v8}, {@code arm} → {@code v7}). */
    public String effectiveVariant() {
        if (!variant.isEmpty()) {
            return variant;
        }
        if (architecture.equals("arm64")) {
            return "v8";
        }
        if (architecture.equals("arm")) {
            return "v7";
        }
        return "";
    }

    /**
     * True if {@code candidate} (from an index) satisfies this requested platform: same os and architecture, and the
     * variant matches unless one side leaves it open.
     */
    public boolean matches(Platform candidate) {
        if (!os.equals(candidate.os) || !architecture.equals(candidate.architecture)) {
            return false;
        }
        if (variant.isEmpty() || candidate.variant.isEmpty()) {
            return true;
        }
        return effectiveVariant().equals(candidate.effectiveVariant());
    }

    /** True if the variants match exactly after defaults. */
    public boolean matchesExactly(Platform candidate) {
        return matches(candidate) && effectiveVariant().equals(candidate.effectiveVariant());
    }

    @Override
    public String toString() {
        return variant.isEmpty() ? os + "/" + architecture : os + "/" + architecture + "/" + variant;
    }
}
