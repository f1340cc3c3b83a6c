package dev.dlint.image.archive.json;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of {@code docker save}'s {@code manifest.json}, field for field. Unknown fields are ignored.
 *
 * @param config   {@code Config}: member name of the config
 * @param repoTags {@code RepoTags}
 * @param layers   {@code Layers}: member names, lowest first
 */
public record DockerManifestJson(String config, List<String> repoTags, List<String> layers) {

    /** Copies the lists. */
    public DockerManifestJson {
        repoTags = List.copyOf(repoTags);
        layers = List.copyOf(layers);
    }

    /** Reads the whole {@code manifest.json} array. */
    public static List<DockerManifestJson> listFrom(Json json) {
        if (!(json instanceof Json.Arr arr)) {
            throw new JsonShapeException("manifest.json should be an array, found " + json.typeName());
        }
        List<DockerManifestJson> out = new ArrayList<>();
        for (Json item : arr.items()) {
            out.add(from(Json.asObject(item, "a manifest.json element")));
        }
        return out;
    }

    static DockerManifestJson from(Json.Obj o) {
        String config = o.string("Config").orElseThrow(() -> new JsonShapeException("'Config' is missing"));
        List<String> tags = new ArrayList<>();
        for (Json t : o.array("RepoTags")) {
            tags.add(Json.asString(t, "a RepoTags element"));
        }
        List<String> layers = new ArrayList<>();
        for (Json l : o.array("Layers")) {
            layers.add(Json.asString(l, "a Layers element"));
        }
        return new DockerManifestJson(config, tags, layers);
    }
}
