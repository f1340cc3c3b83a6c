package dev.dlint.image.archive.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OCI content descriptor, field for field.
 *
 * @param mediaType    {@code mediaType}
 * @param digest       {@code digest}
 * @param size         {@code size}, or -1 when absent
 * @param platform     {@code platform}, if any
 * @param annotations  {@code annotations}
 * @param artifactType {@code artifactType}, or {@code ""}
 * @param urls         {@code urls} (foreign layers)
 */
public record DescriptorJson(String mediaType, String digest, long size, Optional<PlatformJson> platform,
                             Map<String, String> annotations, String artifactType, List<String> urls) {

    /** Copies collections and replaces {@code null}. */
    public DescriptorJson {
        mediaType = mediaType == null ? "" : mediaType;
        platform = platform == null ? Optional.empty() : platform;
        annotations = Map.copyOf(annotations);
        artifactType = artifactType == null ? "" : artifactType;
        urls = List.copyOf(urls);
    }

    /**
     * The {@code platform} object.
     *
     * @param os           {@code os}
     * @param architecture {@code architecture}
     * @param variant      {@code variant}
     */
    public record PlatformJson(String os, String architecture, String variant) {
    }

    static DescriptorJson from(Json value, String what) {
        Json.Obj o = Json.asObject(value, what);
        String digest = o.string("digest").orElseThrow(() -> new JsonShapeException(what + " has no 'digest'"));
        Optional<PlatformJson> platform = o.object("platform").map(p -> new PlatformJson(
                p.string("os").orElse(""), p.string("architecture").orElse(""), p.string("variant").orElse("")));
        List<String> urls = new ArrayList<>();
        for (Json u : o.array("urls")) {
            urls.add(Json.asString(u, "a urls element"));
        }
        return new DescriptorJson(o.string("mediaType").orElse(""), digest, o.integer("size").orElse(-1L), platform,
                o.stringMap("annotations"), o.string("artifactType").orElse(""), urls);
    }
}
