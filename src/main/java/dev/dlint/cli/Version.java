package dev.dlint.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set at build time), for {@code --version} and reports. */
public final class Version implements CommandLine.IVersionProvider {

    public static String current() {
        String version = Version.class.getPackage().getImplementationVersion();
        return version == null ? "0.0.0-dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"dlint " + current()};
    }
}
