package dev.dlint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A {@code skopeo} for tests, written into a directory that is then the whole {@code PATH}: for
 * {@code skopeo inspect --raw docker://REF} it prints the manifest the test gave for REF, byte for byte, and for any
 * other reference it fails as skopeo does for an unknown image. It uses only shell built-ins, since nothing else is
 * on its PATH.
 */
public final class FakeSkopeo {

    private FakeSkopeo() {
    }

    /**
     * Writes {@code dir/skopeo}.
     *
     * @param images one {@code REF = MANIFEST} per element; the manifest is one line of text without single quotes
     */
    public static Path write(Path dir, List<String> images) throws IOException {
        StringBuilder script = new StringBuilder("#!/bin/sh\n")
                .append("[ \"$1\" = inspect ] && [ \"$2\" = --raw ] || { echo \"unexpected arguments: $*\" >&2; exit 2; }\n")
                .append("case \"$3\" in\n");
        for (String image : images) {
            int eq = image.indexOf(" = ");
            if (eq < 0 || image.substring(eq + 3).contains("'")) {
                throw new IllegalArgumentException("registry needs REF = MANIFEST (no single quotes): " + image);
            }
            script.append("  'docker://").append(image, 0, eq).append("') printf '%s' '")
                    .append(image.substring(eq + 3)).append("' ;;\n");
        }
        script.append("  *) echo \"FATA[0000] Error parsing image name \\\"$3\\\": manifest unknown\" >&2; exit 1 ;;\n")
                .append("esac\n");
        Path skopeo = dir.resolve("skopeo");
        Files.writeString(skopeo, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(skopeo, PosixFilePermissions.fromString("rwxr-xr-x"));
        return skopeo;
    }
}
