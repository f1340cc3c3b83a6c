package dev.dlint.command;

/** How a tool's command line spells its options; see {@link ToolSpec#style()}. */
public enum ParseStyle {
    /**
     * POSIX/GNU {@code getopt_long}: single-character options after one dash, clustered ({@code -sSfL}, {@code -xzf FILE}),
     * long options after two dashes ({@code --output FILE}, {@code --output=FILE}).
     */
    GETOPT,
    /** As {@link #GETOPT}, and a short option may take its value after {@code =}: {@code -q=2}, {@code -o=Dir::Cache=x} (APT's parser). */
    APT,
    /**
     * Go's {@code flag} package and tools like it: an option is a whole word after one or two dashes ({@code -mod=mod},
     * {@code -ldflags "-s -w"}, {@code --tags x}); there are no clusters.
     */
    SINGLE_DASH,
    /**
     * Apache Commons CLI style (Maven, and Gradle alike): a whole word such as {@code -pl} or {@code -ntp} is looked up first,
     * then a one-letter option with its value attached ({@code -DskipTests}, {@code -Pprod}), then a cluster.
     */
    WHOLE_WORD
}
