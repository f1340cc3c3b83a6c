package dev.dlint.image.layer;

/**
 * A tar entry header after PAX and GNU extension records have been merged into it.
 *
 * @param name     entry name (PAX {@code path} or GNU long name if present), not yet normalised
 * @param linkName link target (PAX {@code linkpath} or GNU long link if present)
 * @param typeflag the raw typeflag byte
 * @param size     stored content bytes that follow the header
 * @param mode     the raw mode field
 * @param uid      owner user id
 * @param gid      owner group id
 * @param sparse   true for GNU or PAX sparse entries (content is stored as data chunks)
 */
public record TarHeader(String name, String linkName, byte typeflag, long size, int mode, long uid, long gid,
                        boolean sparse) {
}
