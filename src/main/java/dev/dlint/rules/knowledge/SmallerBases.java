package dev.dlint.rules.knowledge;

import dev.dlint.model.ImageReference;
import dev.dlint.model.Word;
import dev.dlint.text.SourceRange;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Smaller variants of official Docker Hub images: the slim form of {@code python}, {@code node}, {@code ruby} and
 * {@code debian}, the runtime image for a {@code golang} stage that only runs a binary, the JRE of a JDK image.
 * Sizes come from {@code base-image-sizes.tsv} beside this class, which records where they are from and when.
 */
public final class SmallerBases {

    /**
     * A smaller image to build on.
     *
     * @param current     the image as written, shown in messages ({@code python:3.12})
     * @param suggested   the smaller one ({@code python:3.12-slim})
     * @param currentMb   the approximate compressed size of the current variant, if recorded
     * @param suggestedMb the approximate compressed size of the suggested one, if recorded
     * @param replaced    the text range the fix replaces (the tag, an insertion point after the name, or the whole
     *                    reference), empty when no fix can be made
     * @param replacement the text the fix writes there
     * @param noFix       why there is no fix, when there is none ({@code "the reference is pinned by digest"})
     */
    public record Suggestion(String current, String suggested, Optional<Integer> currentMb,
            Optional<Integer> suggestedMb, Optional<SourceRange> replaced, String replacement, String noFix) {

        /** {@code "python:3.12 (about 375 MB compressed)"}. */
        public String describeCurrent() {
            return current + currentMb.map(mb -> " (about " + mb + " MB compressed)").orElse("");
        }

        /** {@code "python:3.12-slim (about 45 MB)"}. */
        public String describeSuggested() {
            return suggested + suggestedMb.map(mb -> " (about " + mb + " MB)").orElse("");
        }
    }

    private static final Set<String> CODENAMES = Set.of("trixie", "bookworm", "bullseye", "buster", "stretch");
    private static final Pattern DEBIAN_SUFFIX = Pattern.compile("^(.*?)-(trixie|bookworm|bullseye|buster|stretch)$");
    private static final Pattern MAJOR = Pattern.compile("^(\\d+)(?:[.\\-_].*)?$");
    private static final Pattern ALPINE_VERSION = Pattern.compile("alpine(3\\.\\d+)");
    private static final Pattern TEMURIN_IN_TAG = Pattern.compile("eclipse-temurin-(\\d+)");
    private static final Set<String> JDK_IMAGES = Set.of("eclipse-temurin", "openjdk", "amazoncorretto", "sapmachine",
            "ibm-semeru-runtimes", "maven", "gradle");
    private static final Map<String, Integer> SIZES = loadSizes();

    private SmallerBases() {
    }

    /** The official image's name when the reference is a Docker Hub library image ({@code python}), else empty. */
    public static Optional<String> officialName(ImageReference image) {
        String host = image.registryHost();
        if (!host.equals("docker.io") && !host.equals("index.docker.io")) {
            return Optional.empty();
        }
        String repo = image.familiarRepository();
        return repo.contains("/") ? Optional.empty() : Optional.of(repo.toLowerCase(Locale.ROOT));
    }

    /** The slim form of a full {@code python}, {@code node}, {@code ruby} or {@code debian} image. */
    public static Optional<Suggestion> slim(ImageReference image, Word word) {
        Optional<String> name = officialName(image);
        if (name.isEmpty() || !Set.of("python", "node", "ruby", "debian").contains(name.get())) {
            return Optional.empty();
        }
        String tag = image.tag().map(ImageReference.Part::value).orElse("");
        String lower = tag.toLowerCase(Locale.ROOT);
        if (lower.contains("slim") || lower.contains("alpine") || lower.contains("windows") || lower.contains("nano")
                || lower.contains("rc") && name.get().equals("python") || lower.contains("onbuild")) {
            return Optional.empty();
        }
        String newTag;
        if (name.get().equals("debian")) {
            newTag = tag.isEmpty() || lower.equals("latest") ? "stable-slim" : tag + "-slim";
        } else if (name.get().equals("node")) {
            newTag = tag.isEmpty() || lower.equals("latest") ? "slim" : tag + "-slim";
        } else {
            Matcher m = DEBIAN_SUFFIX.matcher(tag);
            if (m.matches()) {
                newTag = m.group(1) + "-slim-" + m.group(2);
            } else if (CODENAMES.contains(lower)) {
                newTag = "slim-" + tag;
            } else {
                newTag = tag.isEmpty() || lower.equals("latest") ? "slim" : tag + "-slim";
            }
        }
        return Optional.of(tagSwitch(image, word, name.get(), newTag, "full", "slim"));
    }

    /** The runtime image for a {@code golang} stage that only runs what was built: Debian slim, or Alpine. */
    public static Optional<Suggestion> goRuntime(ImageReference image, Word word) {
        if (!officialName(image).filter(n -> n.equals("golang")).isPresent()) {
            return Optional.empty();
        }
        String tag = image.tag().map(ImageReference.Part::value).orElse("").toLowerCase(Locale.ROOT);
        if (tag.contains("windows") || tag.contains("nano")) {
            return Optional.empty();
        }
        String current = image.text();
        if (tag.contains("alpine")) {
            Matcher m = ALPINE_VERSION.matcher(tag);
            Optional<Integer> size = size("golang", "alpine");
            if (!m.find()) {
                return Optional.of(new Suggestion(current, "alpine (of the Alpine release the binary was built on)",
                        size, size("alpine", "full"), Optional.empty(), "",
                        "the tag does not name its Alpine release"));
            }
            return Optional.of(whole(image, word, current, "alpine:" + m.group(1), size, size("alpine", "full")));
        }
        String codename = "bookworm";
        for (String c : CODENAMES) {
            if (tag.contains(c)) {
                codename = c;
            }
        }
        return Optional.of(whole(image, word, current, "debian:" + codename + "-slim", size("golang", "full"),
                size("debian", "slim")));
    }

    /** Whether the image ships a JDK (and no JRE variant is written): the vendors' JDK images, maven, gradle. */
    public static boolean isJdk(ImageReference image) {
        Optional<String> name = officialName(image);
        if (name.isEmpty() || !JDK_IMAGES.contains(name.get())) {
            return false;
        }
        String tag = image.tag().map(ImageReference.Part::value).orElse("").toLowerCase(Locale.ROOT);
        return !tag.contains("jre");
    }

    /** The JRE image for a JDK image (see {@link #isJdk}). */
    public static Optional<Suggestion> jre(ImageReference image, Word word) {
        if (!isJdk(image)) {
            return Optional.empty();
        }
        String name = officialName(image).orElseThrow();
        String tag = image.tag().map(ImageReference.Part::value).orElse("");
        String lower = tag.toLowerCase(Locale.ROOT);
        String current = image.text();
        switch (name) {
            case "eclipse-temurin":
            case "sapmachine":
            case "ibm-semeru-runtimes":
                if (lower.contains("jdk")) {
                    return Optional.of(tagSwitch(image, word, name, tag.replace("jdk", "jre"), "jdk", "jre"));
                }
                if (!name.equals("ibm-semeru-runtimes") && MAJOR.matcher(tag).matches()) {
                    int dash = tag.indexOf('-');
                    String newTag = dash < 0 ? tag + "-jre" : tag.substring(0, dash) + "-jre" + tag.substring(dash);
                    return Optional.of(tagSwitch(image, word, name, newTag, "jdk", "jre"));
                }
                return Optional.of(none(current, name + " with a -jre tag", size(name, "jdk"), size(name, "jre"),
                        "the tag names no Java version"));
            case "openjdk":
            case "amazoncorretto": {
                Matcher m = MAJOR.matcher(tag);
                if (!m.matches()) {
                    return Optional.of(none(current, "eclipse-temurin:<version>-jre", size(name, "jdk"),
                            size("eclipse-temurin", "jre"), "the tag names no Java version"));
                }
                return Optional.of(whole(image, word, current, "eclipse-temurin:" + m.group(1) + "-jre",
                        size(name, "jdk"), size("eclipse-temurin", "jre")));
            }
            default: {
                Matcher m = TEMURIN_IN_TAG.matcher(lower);
                if (!m.find()) {
                    return Optional.of(none(current, "eclipse-temurin:<version>-jre", Optional.empty(),
                            size("eclipse-temurin", "jre"), "the tag does not say which JDK the image has"));
                }
                return Optional.of(whole(image, word, current, "eclipse-temurin:" + m.group(1) + "-jre",
                        Optional.empty(), size("eclipse-temurin", "jre")));
            }
        }
    }

    /** A recorded size, in MB. */
    public static Optional<Integer> size(String image, String variant) {
        return Optional.ofNullable(SIZES.get(image + "\t" + variant));
    }

    private static Suggestion tagSwitch(ImageReference image, Word word, String name, String newTag,
            String fromVariant, String toVariant) {
        String suggested = prefix(image) + name + ":" + newTag;
        Optional<Integer> from = size(name, fromVariant);
        Optional<Integer> to = size(name, toVariant);
        Optional<String> problem = fixProblem(image, word);
        if (problem.isPresent()) {
            return none(image.text(), suggested, from, to, problem.get());
        }
        if (image.tag().isPresent()) {
            return new Suggestion(image.text(), suggested, from, to, Optional.of(image.tag().get().range()), newTag, "");
        }
        SourceRange end = image.repository().range();
        SourceRange at = new SourceRange(end.endLine(), end.endColumn(), end.endLine(), end.endColumn());
        return new Suggestion(image.text(), suggested, from, to, Optional.of(at), ":" + newTag, "");
    }

    private static Suggestion whole(ImageReference image, Word word, String current, String suggested,
            Optional<Integer> from, Optional<Integer> to) {
        Optional<String> problem = fixProblem(image, word);
        if (problem.isPresent()) {
            return none(current, suggested, from, to, problem.get());
        }
        return new Suggestion(current, suggested, from, to, Optional.of(word.range()), suggested, "");
    }

    private static Suggestion none(String current, String suggested, Optional<Integer> from, Optional<Integer> to,
            String why) {
        return new Suggestion(current, suggested, from, to, Optional.empty(), "", why);
    }

    /** Why the reference cannot be rewritten in place, if so. */
    private static Optional<String> fixProblem(ImageReference image, Word word) {
        if (image.hasDigest()) {
            return Optional.of("the reference is pinned by digest, which a new tag needs anew");
        }
        if (word.text().contains("$") || !word.text().equals(image.text())) {
            return Optional.of("the reference comes from a variable");
        }
        return Optional.empty();
    }

    private static String prefix(ImageReference image) {
        String text = image.text();
        String repo = image.repository().value();
        int at = text.indexOf(repo);
        return at < 0 ? "" : text.substring(0, at) + repo.substring(0, repo.length()
                - image.familiarRepository().length());
    }

    private static Map<String, Integer> loadSizes() {
        Map<String, Integer> sizes = new HashMap<>();
        try (InputStream in = SmallerBases.class.getResourceAsStream("base-image-sizes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("base-image-sizes.tsv is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 4) {
                    throw new IllegalStateException("base-image-sizes.tsv: not 4 columns: " + line);
                }
                sizes.putIfAbsent(columns[0] + "\t" + columns[1], Integer.parseInt(columns[3].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(sizes);
    }
}
