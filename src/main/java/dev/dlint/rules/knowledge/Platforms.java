package dev.dlint.rules.knowledge;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Platform specifiers as BuildKit parses {@code FROM --platform} values (containerd's {@code platforms.Parse}):
 * {@code os[/arch[/variant]]} or a lone OS or architecture, normalised ({@code x86_64} is {@code amd64},
 * {@code aarch64} is {@code arm64}). A lone part takes the rest from the host, taken to be linux/amd64.
 */
public final class Platforms {

    /** A parsed platform. */
    public record Platform(String os, String architecture, String variant) {
    }

    private static final Pattern COMPONENT = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final Set<String> OSES = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");
    private static final Map<String, String> ARCHITECTURES = Map.ofEntries(Map.entry("amd64", "amd64"),
            Map.entry("x86_64", "amd64"), Map.entry("x86-64", "amd64"), Map.entry("arm64", "arm64"),
            Map.entry("aarch64", "arm64"), Map.entry("arm", "arm"), Map.entry("armhf", "arm"),
            Map.entry("armel", "arm"), Map.entry("386", "386"), Map.entry("i386", "386"), Map.entry("i686", "386"),
            Map.entry("ppc64le", "ppc64le"), Map.entry("ppc64", "ppc64"), Map.entry("s390x", "s390x"),
            Map.entry("riscv64", "riscv64"), Map.entry("mips64le", "mips64le"), Map.entry("mips64", "mips64"),
            Map.entry("mipsle", "mipsle"), Map.entry("mips", "mips"), Map.entry("loong64", "loong64"),
            Map.entry("wasm", "wasm"));

    private Platforms() {
    }

    /** The platform {@code text} names, or empty when BuildKit would reject it. */
    public static Optional<Platform> parse(String text) {
        String[] parts = text.split("/", -1);
        if (parts.length > 3) {
            return Optional.empty();
        }
        for (String part : parts) {
            if (!COMPONENT.matcher(part).matches()) {
                return Optional.empty();
            }
        }
        String first = parts[0].toLowerCase(Locale.ROOT).equals("macos") ? "darwin" : parts[0].toLowerCase(Locale.ROOT);
        if (parts.length == 1) {
            if (OSES.contains(first)) {
                return Optional.of(new Platform(first, "amd64", ""));
            }
            String architecture = ARCHITECTURES.get(first);
            return architecture == null ? Optional.empty() : Optional.of(new Platform("linux", architecture, ""));
        }
        String arch = parts[1].toLowerCase(Locale.ROOT);
        String architecture = ARCHITECTURES.getOrDefault(arch, arch);
        return Optional.of(new Platform(first, architecture, parts.length == 3 ? parts[2].toLowerCase(Locale.ROOT) : ""));
    }
}
