package dev.dlint.model;

import java.util.Map;
import java.util.Set;

/**
 * The build arguments BuildKit defines without an {@code ARG} instruction. FROM lines may use them directly; a stage
 * must redeclare one ({@code ARG TARGETARCH}) to see its value.
 */
public final class PredefinedArgs {

    /** The platform arguments with their values for a linux/amd64 build on a linux/amd64 host. */
    public static final Map<String, String> PLATFORM_VALUES = Map.ofEntries(
            Map.entry("TARGETPLATFORM", "linux/amd64"), Map.entry("TARGETOS", "linux"),
            Map.entry("TARGETARCH", "amd64"), Map.entry("TARGETVARIANT", ""),
            Map.entry("BUILDPLATFORM", "linux/amd64"), Map.entry("BUILDOS", "linux"),
            Map.entry("BUILDARCH", "amd64"), Map.entry("BUILDVARIANT", ""));

    /** Every predefined argument: the platform ones, the OS versions of Windows builds, and the target stage. */
    public static final Set<String> NAMES = Set.of("TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
            "TARGETOSVERSION", "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT", "BUILDOSVERSION", "TARGETSTAGE");

    private PredefinedArgs() {
    }

    public static boolean isPredefined(String name) {
        return NAMES.contains(name);
    }
}
