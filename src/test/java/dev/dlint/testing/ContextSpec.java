package dev.dlint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a fixture's build context, from a {@code # dlint-test:} header:
 * <ul>
 *   <li>{@code file PATH} an empty file; {@code file PATH 12kB} a file of that many bytes (decimal units B, kB, MB);
 *       {@code file PATH = TEXT} a file holding TEXT ({@code \n} for a newline, {@code \xHH} for any byte, so
 *       that the fixture's own text does not hold the secret it describes: it is in the context too);</li>
 *   <li>{@code dir PATH} an empty directory;</li>
 *   <li>{@code link PATH -> TARGET} a symbolic link, never resolved when made.</li>
 * </ul>
 */
public record ContextSpec(String kind, String path, long size, Optional<String> content, Optional<String> target) {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|kB|MB)?");

    /** Reads the value of a {@code file}, {@code dir} or {@code link} header. */
    public static ContextSpec parse(String kind, String value) {
        String v = value.strip();
        switch (kind) {
            case "dir":
                return new ContextSpec(kind, v, 0, Optional.empty(), Optional.empty());
            case "link": {
                int arrow = v.indexOf(" -> ");
                if (arrow < 0) {
                    throw new IllegalArgumentException("link needs PATH -> TARGET: " + v);
                }
                return new ContextSpec(kind, v.substring(0, arrow).strip(), 0, Optional.empty(),
                        Optional.of(v.substring(arrow + 4).strip()));
            }
            case "file": {
                int eq = v.indexOf(" = ");
                if (eq >= 0) {
                    return new ContextSpec(kind, v.substring(0, eq).strip(), 0,
                            Optional.of(unescape(v.substring(eq + 3))), Optional.empty());
                }
                String[] parts = v.split("\\s+", 2);
                long size = 0;
                if (parts.length == 2) {
                    Matcher m = SIZE.matcher(parts[1].strip());
                    if (!m.matches()) {
                        throw new IllegalArgumentException("file size must be like 120, 12kB or 3MB: " + v);
                    }
                    long unit = m.group(2) == null || m.group(2).equals("B") ? 1 : m.group(2).equals("kB") ? 1000
                            : 1_000_000;
                    size = Long.parseLong(m.group(1)) * unit;
                }
                return new ContextSpec(kind, parts[0], size, Optional.empty(), Optional.empty());
            }
            default:
                throw new IllegalArgumentException("not a context header: " + kind);
        }
    }

    /** {@code \n} and {@code \xHH} escapes; each character stands for the byte of the same value. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == 'n') {
                out.append('\n');
                i++;
            } else if (c == '\\' && i + 3 < text.length() && text.charAt(i + 1) == 'x') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Makes the entry under {@code root}. */
    public void create(Path root) throws IOException {
        Path p = root.resolve(path);
        if (p.getParent() != null) {
            Files.createDirectories(p.getParent());
        }
        switch (kind) {
            case "dir":
                Files.createDirectories(p);
                break;
            case "link":
                Files.createSymbolicLink(p, Path.of(target.orElseThrow()));
                break;
            default:
                if (content.isPresent()) {
                    Files.write(p, content.get().getBytes(StandardCharsets.ISO_8859_1));
                } else {
                    byte[] bytes = new byte[(int) size];
                    Arrays.fill(bytes, (byte) 'x');
                    Files.write(p, bytes);
                }
        }
    }

    @Override
    public String toString() {
        return kind.toLowerCase(Locale.ROOT) + " " + path;
    }
}
