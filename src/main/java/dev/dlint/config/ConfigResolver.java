package dev.dlint.config;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration for each linted file: the {@code --config} file for all, or the file discovered from each
 * file's folder (read once per configuration file), over the environment's settings, with command-line settings on
 * top and per-path overrides applied (hadolint's order: defaults, environment, file, command line).
 */
public final class ConfigResolver {

    private final ConfigLoader loader;
    private final Optional<Path> explicit;
    private final CommandLineSettings commandLine;
    private final Configuration base;
    private final Map<Path, Configuration> loaded = new HashMap<>();
    private final Map<Path, Optional<Path>> discovered = new HashMap<>();

    public ConfigResolver(ConfigLoader loader, Optional<Path> explicit, CommandLineSettings commandLine) {
        this(loader, explicit, CommandLineSettings.none(), commandLine);
    }

    /** @param environment the settings of {@code HADOLINT_*} variables, under every file's */
    public ConfigResolver(ConfigLoader loader, Optional<Path> explicit, CommandLineSettings environment,
                          CommandLineSettings commandLine) {
        this.loader = loader;
        this.explicit = explicit;
        this.commandLine = commandLine;
        this.base = Configuration.defaults().with(environment);
    }

    /**
     * The settings of the run as a whole ({@code no-fail}, {@code format}, …): those of the configuration for
     * {@code firstInput} (the {@code --config} file, or the one discovered for it), or for the working directory when
     * the first input is standard input.
     */
    public Configuration forRun(Optional<Path> firstInput) throws ConfigException {
        return forFile(firstInput.orElse(null));
    }

    /** The settings for a file ({@code null} for standard input, which uses the working directory). */
    public Configuration forFile(Path file) throws ConfigException {
        Path directory = file == null ? Path.of("") : file.toAbsolutePath().normalize().getParent();
        Optional<Path> source = explicit.isPresent() ? explicit
                : discovered.computeIfAbsent(directory == null ? Path.of("") : directory, loader::discover);
        Configuration config = base;
        if (source.isPresent()) {
            Path key = source.get().toAbsolutePath().normalize();
            config = loaded.get(key);
            if (config == null) {
                config = loader.load(source.get(), base);
                loaded.put(key, config);
            }
        }
        return config.with(commandLine).forFile(file);
    }
}
