package dev.dlint.model;

import dev.dlint.text.SourceRange;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * An image reference {@code [registry/]repository[:tag][@digest]}, split as Docker splits it: the first path
 * component is a registry when it contains {@code .} or {@code :}, is {@code localhost}, or has upper-case letters;
 * a {@code :} before the last {@code /} is a registry port, not a tag. Each part carries its source range (the whole
 * word when the reference came from variable expansion).
 */
public record ImageReference(String text, Optional<Part> registry, Part repository, Optional<Part> tag,
                             Optional<Part> digest) {

    private static final Pattern VALID = Pattern.compile(
            "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?/)?"
                    + "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"
                    + "(?::[\\w][\\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?");

    /** One part of the reference and where it is. */
    public record Part(String value, SourceRange range) {
    }

    /**
     * Splits {@code text}; {@code locate} maps a {@code [start, end)} span of the text to its source range.
     */
    public static ImageReference parse(String text, BiFunction<Integer, Integer, SourceRange> locate) {
        int at = text.indexOf('@');
        int nameEnd = at >= 0 ? at : text.length();
        Optional<Part> digest = at >= 0 ? Optional.of(part(text, at + 1, text.length(), locate)) : Optional.empty();
        int lastSlash = text.lastIndexOf('/', nameEnd - 1);
        int colon = text.lastIndexOf(':', nameEnd - 1);
        Optional<Part> tag = Optional.empty();
        if (colon > lastSlash) {
            tag = Optional.of(part(text, colon + 1, nameEnd, locate));
            nameEnd = colon;
        }
        int firstSlash = text.indexOf('/');
        Optional<Part> registry = Optional.empty();
        int repoStart = 0;
        if (firstSlash >= 0 && firstSlash < nameEnd) {
            String first = text.substring(0, firstSlash);
            if (first.contains(".") || first.contains(":") || first.equals("localhost")
                    || !first.toLowerCase(Locale.ROOT).equals(first)) {
                registry = Optional.of(part(text, 0, firstSlash, locate));
                repoStart = firstSlash + 1;
            }
        }
        return new ImageReference(text, registry, part(text, repoStart, nameEnd, locate), tag, digest);
    }

    private static Part part(String text, int start, int end, BiFunction<Integer, Integer, SourceRange> locate) {
        return new Part(text.substring(start, end), locate.apply(start, end));
    }

    /** Whether the reference matches Docker's reference grammar. */
    public boolean isValid() {
        return VALID.matcher(text).matches();
    }

    /** The registry host, {@code docker.io} when none is written. */
    public String registryHost() {
        return registry.map(Part::value).orElse("docker.io");
    }

    /** The repository path as Docker Hub users write it ({@code library/} dropped). */
    public String familiarRepository() {
        String repo = repository.value();
        boolean hub = registry.isEmpty() || registry.get().value().equals("docker.io")
                || registry.get().value().equals("index.docker.io");
        return hub && repo.startsWith("library/") ? repo.substring("library/".length()) : repo;
    }

    /** The name to suggest in messages: {@code node}, {@code ghcr.io/org/app}, {@code localhost:5000/team/app}. */
    public String displayName() {
        boolean hub = registry.isEmpty() || registry.get().value().equals("docker.io")
                || registry.get().value().equals("index.docker.io");
        return hub ? familiarRepository() : registry.get().value() + "/" + repository.value();
    }

    /** The last path component of the repository ({@code golang} for {@code docker.io/library/golang}). */
    public String imageName() {
        String repo = repository.value();
        return repo.substring(repo.lastIndexOf('/') + 1);
    }

    public boolean hasDigest() {
        return digest.isPresent();
    }
}
