package dev.dlint.image;

import java.util.List;

/**
 * The parts of an image configuration that the analyzer uses.
 *
 * @param os           {@code os}, or {@code ""}
 * @param architecture {@code architecture}, or {@code ""}
 * @param variant      {@code variant}, or {@code ""}
 * @param user         {@code config.User}, or {@code ""} (which means root)
 * @param diffIds      {@code rootfs.diff_ids} in layer order (may be empty when the config lacks them)
 * @param history      {@code history}, oldest first
 */
public record ImageConfig(
        String os, String architecture, String variant, String user, List<Digest> diffIds,
        List<HistoryEntry> history) {

    /** Copies the lists and replaces {@code null} texts by {@code ""}. */
    public ImageConfig {
        os = os == null ? "" : os;
        architecture = architecture == null ? "" : architecture;
        variant = variant == null ? "" : variant;
        user = user == null ? "" : user;
        diffIds = List.copyOf(diffIds);
        history = List.copyOf(history);
    }

    /**
     * True if the container runs as root: {@code User} is empty, {@code root}, or {@code 0}, optionally followed by a
     * {@code :group} part.
     */
    public boolean runsAsRoot() {
        String u = user.trim();
        int colon = u.indexOf(':');
        String name = colon < 0 ? u : u.substring(0, colon);
        return name.isEmpty() || name.equals("root") || name.equals("0");
    }

    /** The history entries that produced layers ({@code empty_layer} not set), in order. */
    public List<HistoryEntry> layerHistory() {
        return history.stream().filter(h -> !h.emptyLayer()).toList();
    }
}
