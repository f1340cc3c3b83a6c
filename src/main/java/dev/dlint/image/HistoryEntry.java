package dev.dlint.image;

/**
 * One element of the image config's {@code history} array.
 *
 * @param created    RFC 3339 timestamp text, or {@code ""}
 * @param createdBy  the command that made the step ({@code created_by}), or {@code ""}
 * @param author     author, or {@code ""}
 * @param comment    comment, or {@code ""}
 * @param emptyLayer true when the step did not produce a layer
 */
public record HistoryEntry(String created, String createdBy, String author, String comment, boolean emptyLayer) {

    /** Replaces {@code null} texts by {@code ""}. */
    public HistoryEntry {
        created = created == null ? "" : created;
        createdBy = createdBy == null ? "" : createdBy;
        author = author == null ? "" : author;
        comment = comment == null ? "" : comment;
    }
}
