package dev.dlint.image.archive.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An OCI image manifest or Docker v2.2 manifest, field for field.
 *
 * @param mediaType    {@code mediaType}, or {@code ""}
 * @param artifactType {@code artifactType}, or {@code ""}
 * @param config       {@code config}
 * @param layers       {@code layers}, lowest first
 * @param subject      {@code subject} (set on referrers such as signatures)
 */
public record OciManifestJson(String mediaType, String artifactType, DescriptorJson config,
                              List<DescriptorJson> layers, Optional<DescriptorJson> subject) {

    /** Copies the list. */
    public OciManifestJson {
        layers = List.copyOf(layers);
    }

    /** Reads a manifest document. */
    public static OciManifestJson from(Json json) {
        Json.Obj o = Json.asObject(json, "the manifest");
        DescriptorJson config = DescriptorJson.from(
                o.get("config").orElseThrow(() -> new JsonShapeException("'config' is missing")), "'config'");
        List<DescriptorJson> layers = new ArrayList<>();
        for (Json l : o.array("layers")) {
            layers.add(DescriptorJson.from(l, "a layers element"));
        }
        Optional<DescriptorJson> subject = o.get("subject").map(s -> DescriptorJson.from(s, "'subject'"));
        return new OciManifestJson(o.string("mediaType").orElse(""), o.string("artifactType").orElse(""), config,
                layers, subject);
    }
}
