package dev.dlint.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration for each linted file: the {@code --config} file for all, or the file discovered from each
 * file's folder (read once per configuration file), with command-line settings on top and per-path overrides applied.
 */
public final class ConfigResolver {

    private final ConfigLoader loader;
    private final Optional<Path> explicit;
    private final CommandLineSettings commandLine;
    private final Map<Path, Configuration> loaded = new HashMap<>();
    private final Map<Path, Optional<Path>> discovered = new HashMap<>();

    public ConfigResolver(ConfigLoader loader, Optional<Path> explicit, CommandLineSettings commandLine) {
        this.loader = loader;
        this.explicit = explicit;
        this.commandLine = commandLine;
    }

    /** The settings for a file ({@code null} for standard input, which uses the working directory). */
    public Configuration forFile(Path file) throws ConfigException {
        Path directory = file == null ? Path.of("") : file.toAbsolutePath().normalize().getParent();
        Optional<Path> source = explicit.isPresent() ? explicit
                : discovered.computeIfAbsent(directory == null ? Path.of("") : directory, loader::discover);
        Configuration base = Configuration.defaults();
        if (source.isPresent()) {
            Path key = source.get().toAbsolutePath().normalize();
            base = loaded.get(key);
            if (base == null) {
                base = loader.load(source.get());
                loaded.put(key, base);
            }
        }
        return base.with(commandLine).forFile(file);
    }
}
