package dev.dlint.image.archive.json;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of an image config ({@code application/vnd.oci.image.config.v1+json} or Docker's) that dlint reads.
 *
 * @param architecture {@code architecture}
 * @param os           {@code os}
 * @param variant      {@code variant}
 * @param user         {@code config.User}
 * @param rootfsType   {@code rootfs.type}
 * @param diffIds      {@code rootfs.diff_ids}
 * @param history      {@code history}
 */
public record ConfigJson(String architecture, String os, String variant, String user, String rootfsType,
                         List<String> diffIds, List<HistoryJson> history) {

    /** Copies the lists. */
    public ConfigJson {
        diffIds = List.copyOf(diffIds);
        history = List.copyOf(history);
    }

    /**
     * One {@code history} element.
     *
     * @param created    {@code created}
     * @param createdBy  {@code created_by}
     * @param author     {@code author}
     * @param comment    {@code comment}
     * @param emptyLayer {@code empty_layer}
     */
    public record HistoryJson(String created, String createdBy, String author, String comment, boolean emptyLayer) {
    }

    /** Reads a config document. */
    public static ConfigJson from(Json json) {
        Json.Obj o = Json.asObject(json, "the image config");
        String user = o.object("config").flatMap(c -> c.string("User")).orElse("");
        Json.Obj rootfs = o.object("rootfs").orElse(new Json.Obj(java.util.Map.of()));
        List<String> diffIds = new ArrayList<>();
        for (Json d : rootfs.array("diff_ids")) {
            diffIds.add(Json.asString(d, "a diff_ids element"));
        }
        List<HistoryJson> history = new ArrayList<>();
        for (Json h : o.array("history")) {
            Json.Obj e = Json.asObject(h, "a history element");
            history.add(new HistoryJson(e.string("created").orElse(""), e.string("created_by").orElse(""),
                    e.string("author").orElse(""), e.string("comment").orElse(""),
                    e.bool("empty_layer").orElse(false)));
        }
        return new ConfigJson(o.string("architecture").orElse(""), o.string("os").orElse(""),
                o.string("variant").orElse(""), user, rootfs.string("type").orElse(""), diffIds, history);
    }
}
