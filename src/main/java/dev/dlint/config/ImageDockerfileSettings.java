package dev.dlint.config;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The Dockerfile {@code dlint image} ties layers to: {@code --dockerfile} and {@code --target}, else
 * {@code image: dockerfile:} and {@code image: target:} of {@code .dlint.yaml} (a relative path there is relative to
 * the configuration file's directory).
 *
 * @param dockerfile the Dockerfile, if any
 * @param target     the stage the image was built from ({@code --target}); empty for the last stage
 */
public record ImageDockerfileSettings(Optional<Path> dockerfile, Optional<String> target) {

    /**
     * The options given on the command line, completed from the configuration.
     *
     * @throws ConfigException for a value of the wrong kind, with the file and line
     */
    public static ImageDockerfileSettings resolve(Optional<Path> dockerfileOption, Optional<String> targetOption,
                                                  Configuration config) throws ConfigException {
        Optional<Path> dockerfile = dockerfileOption;
        Optional<String> target = targetOption;
        YamlNode image = config.sections().get("image");
        if (image instanceof YamlNode.Mapping) {
            YamlNode.Mapping section = (YamlNode.Mapping) image;
            Path file = config.source().orElse(Path.of(".dlint.yaml"));
            if (dockerfile.isEmpty() && section.entries().containsKey("dockerfile")) {
                Path configured = Path.of(text(file, section.entries().get("dockerfile"), "image.dockerfile"));
                Path dir = file.toAbsolutePath().getParent();
                dockerfile = Optional.of(configured.isAbsolute() || dir == null ? configured
                        : relative(dir.resolve(configured)));
            }
            if (target.isEmpty() && section.entries().containsKey("target")) {
                target = Optional.of(text(file, section.entries().get("target"), "image.target"));
            }
        }
        return new ImageDockerfileSettings(dockerfile, target);
    }

    /** The path relative to the working directory when it is below it, as users write paths. */
    private static Path relative(Path absolute) {
        Path here = Path.of("").toAbsolutePath();
        Path normal = absolute.normalize();
        return normal.startsWith(here) ? here.relativize(normal) : normal;
    }

    private static String text(Path file, YamlNode node, String key) throws ConfigException {
        if (!(node instanceof YamlNode.Scalar) || ((YamlNode.Scalar) node).value() == null
                || ((YamlNode.Scalar) node).text().isBlank()) {
            throw new ConfigException(file, node.line(), key + " must be a path or name, not " + node.kind());
        }
        return ((YamlNode.Scalar) node).text();
    }
}
