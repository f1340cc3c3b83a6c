package dev.dlint.image.archive.json;

import dev.dlint.image.Digest;
import dev.dlint.image.HistoryEntry;
import dev.dlint.image.ImageConfig;
import dev.dlint.image.Platform;
import java.util.ArrayList;
import java.util.List;

/** The one place where wire records become domain values. */
public final class WireTranslator {
    private WireTranslator() {
    }

    /** Translates a config; malformed diff_ids raise {@link JsonShapeException}. */
    public static ImageConfig toImageConfig(ConfigJson wire) {
        List<Digest> diffIds = new ArrayList<>();
        for (String d : wire.diffIds()) {
            try {
                diffIds.add(Digest.parse(d));
            } catch (IllegalArgumentException e) {
                throw new JsonShapeException("rootfs.diff_ids: " + e.getMessage());
            }
        }
        List<HistoryEntry> history = new ArrayList<>();
        for (ConfigJson.HistoryJson h : wire.history()) {
            history.add(new HistoryEntry(h.created(), h.createdBy(), h.author(), h.comment(), h.emptyLayer()));
        }
        return new ImageConfig(wire.os(), wire.architecture(), wire.variant(), wire.user(), diffIds, history);
    }

    /** Translates a descriptor's platform, if it has one. */
    public static java.util.Optional<Platform> toPlatform(DescriptorJson descriptor) {
        return descriptor.platform().map(p -> new Platform(p.os(), p.architecture(), p.variant()));
    }

    /** Parses a descriptor digest; malformed digests raise {@link JsonShapeException}. */
    public static Digest toDigest(String text) {
        try {
            return Digest.parse(text);
        } catch (IllegalArgumentException e) {
            throw new JsonShapeException(e.getMessage());
        }
    }
}
