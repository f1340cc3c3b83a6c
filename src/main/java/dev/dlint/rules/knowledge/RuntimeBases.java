package dev.dlint.rules.knowledge;

import dev.dlint.model.ImageReference;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runtime base to suggest for a build's output: of the same family as the image it was built on (Alpine stays
 * Alpine, Debian goes to a slim or distroless Debian image) and pinned by a tag dlint's own rules accept.
 */
public final class RuntimeBases {

    /** The distribution family of a base image. */
    public enum Family { ALPINE, DEBIAN, UBUNTU, OTHER }

    private static final Pattern VERSION = Pattern.compile("(?<![\\d.])(\\d{1,2})(?:[.\\-]|$)");

    private RuntimeBases() {
    }

    public static Family family(Optional<ImageReference> image) {
        if (image.isEmpty()) {
            return Family.OTHER;
        }
        String name = image.get().imageName().toLowerCase(Locale.ROOT);
        String tag = image.get().tag().map(t -> t.value().toLowerCase(Locale.ROOT)).orElse("");
        if (name.equals("alpine") || tag.contains("alpine")) {
            return Family.ALPINE;
        }
        if (name.equals("ubuntu") || tag.contains("jammy") || tag.contains("noble") || tag.contains("focal")) {
            return Family.UBUNTU;
        }
        boolean debianTag = tag.contains("bookworm") || tag.contains("bullseye") || tag.contains("buster")
                || tag.contains("slim") || tag.contains("trixie");
        return name.equals("debian") || debianTag || isOfficialLanguageImage(name) ? Family.DEBIAN : Family.OTHER;
    }

    /** The pinned runtime base (or bases) for an ecosystem's output built on {@code built}. */
    public static String suggest(Toolchains.Ecosystem ecosystem, Optional<ImageReference> built) {
        Family family = family(built);
        boolean alpine = family == Family.ALPINE;
        switch (ecosystem) {
            case GO:
                return alpine ? "alpine:3.20 (or scratch for a CGO_ENABLED=0 build)"
                        : "gcr.io/distroless/static-debian12:nonroot or scratch (build with CGO_ENABLED=0)";
            case RUST:
                return alpine ? "alpine:3.20" : "gcr.io/distroless/cc-debian12:nonroot or debian:12-slim";
            case JAVA:
                String java = version(built, 8, 25).orElse("21");
                return "eclipse-temurin:" + java + "-jre" + (alpine ? "-alpine" : "")
                        + " (or a jlink runtime)";
            case DOTNET:
                String dotnet = built.flatMap(ImageReference::tag).map(ImageReference.Part::value)
                        .filter(t -> t.matches("\\d+\\.\\d+.*")).orElse("8.0");
                return "mcr.microsoft.com/dotnet/aspnet:" + dotnet + " (or runtime:" + dotnet + ")";
            case NODE:
                String node = version(built, 10, 40).orElse("22");
                return "nginx:1.27-alpine for static assets, or node:" + node + (alpine ? "-alpine" : "-slim")
                        + " with production dependencies only";
            default:
                if (alpine) {
                    return "alpine:3.20";
                }
                if (family == Family.UBUNTU) {
                    return "ubuntu:" + built.flatMap(ImageReference::tag).map(ImageReference.Part::value)
                            .filter(t -> t.matches("\\d{2}\\.\\d{2}")).orElse("24.04");
                }
                return "debian:12-slim or gcr.io/distroless/cc-debian12:nonroot";
        }
    }

    private static boolean isOfficialLanguageImage(String name) {
        return name.equals("golang") || name.equals("rust") || name.equals("node") || name.equals("python")
                || name.equals("gcc") || name.equals("maven") || name.equals("gradle") || name.equals("openjdk")
                || name.equals("eclipse-temurin") || name.equals("buildpack-deps");
    }

    /** The major version in the image's tag ({@code 22} of {@code node:22-alpine}) within a plausible range. */
    private static Optional<String> version(Optional<ImageReference> image, int min, int max) {
        Optional<String> tag = image.flatMap(ImageReference::tag).map(ImageReference.Part::value);
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = VERSION.matcher(tag.get());
        while (m.find()) {
            int v = Integer.parseInt(m.group(1));
            if (v >= min && v <= max) {
                return Optional.of(m.group(1));
            }
        }
        return Optional.empty();
    }
}
