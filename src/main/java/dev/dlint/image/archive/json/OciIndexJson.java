package dev.dlint.image.archive.json;

import java.util.ArrayList;
import java.util.List;

/**
 * An OCI image index ({@code index.json}) or Docker manifest list, field for field.
 *
 * @param schemaVersion {@code schemaVersion}, or 0 when absent
 * @param mediaType     {@code mediaType}, or {@code ""}
 * @param manifests     {@code manifests}
 */
public record OciIndexJson(long schemaVersion, String mediaType, List<DescriptorJson> manifests) {

    /** Copies the list. */
    public OciIndexJson {
        manifests = List.copyOf(manifests);
    }

    /** Reads an index document. */
    public static OciIndexJson from(Json json) {
        Json.Obj o = Json.asObject(json, "the index");
        List<DescriptorJson> manifests = new ArrayList<>();
        for (Json m : o.array("manifests")) {
            manifests.add(DescriptorJson.from(m, "a manifests element"));
        }
        return new OciIndexJson(o.integer("schemaVersion").orElse(0L), o.string("mediaType").orElse(""), manifests);
    }
}
