package dev.dlint.config;

import dev.dlint.text.BoundedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** Reads small YAML files (configuration, {@code .dive-ci}) into {@link YamlNode}s that know their lines. */
public final class YamlFiles {

    private static final long MAX_BYTES = 1024 * 1024;

    private YamlFiles() {
    }

    /**
     * Reads {@code file}; an empty file is an empty mapping.
     *
     * @throws ConfigException naming the file and line for unreadable, oversized or malformed files
     */
    public static YamlNode read(Path file) throws ConfigException {
        String text;
        try {
            text = new String(BoundedFiles.read(file, MAX_BYTES), StandardCharsets.UTF_8);
        } catch (BoundedFiles.TooLargeException e) {
            throw new ConfigException(file, 1, "file is larger than 1 MiB");
        } catch (IOException e) {
            throw new ConfigException(file, 1, "cannot read: " + e.getMessage());
        }
        try {
            return YamlReader.read(text);
        } catch (ConfigException.Syntax e) {
            throw new ConfigException(file, e.line, "invalid YAML: " + e.getMessage());
        }
    }

    /** The node at {@code keys} below {@code root}, following mappings only. */
    public static Optional<YamlNode> at(YamlNode root, String... keys) {
        YamlNode node = root;
        for (String key : keys) {
            if (!(node instanceof YamlNode.Mapping)) {
                return Optional.empty();
            }
            node = ((YamlNode.Mapping) node).entries().get(key);
            if (node == null) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /** The line of the last key of {@code keys} below {@code root} (the line of the deepest mapping found, else 1). */
    public static int keyLine(YamlNode root, String... keys) {
        YamlNode node = root;
        int line = 1;
        for (String key : keys) {
            if (!(node instanceof YamlNode.Mapping)) {
                return line;
            }
            YamlNode.Mapping map = (YamlNode.Mapping) node;
            if (!map.entries().containsKey(key)) {
                return map.line();
            }
            line = map.keyLine(key);
            node = map.entries().get(key);
        }
        return line;
    }
}
