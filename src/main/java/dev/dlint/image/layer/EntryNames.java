package dev.dlint.image.layer;

/** Normalisation of tar entry names inside a layer (OCI layer semantics). */
public final class EntryNames {
    /** Longest accepted entry name (Linux PATH_MAX); no runtime can apply a longer one. */
    public static final int MAX_NAME_LENGTH = 4096;

    private EntryNames() {
    }

    /**
     * Strips leading {@code /} and {@code ./}, collapses {@code //} and {@code .} components and drops a trailing
     * {@code /}.
     *
     * @return the normalised path, or {@code ""} for the root ({@code .}, {@code ./}, {@code /})
     * @throws TarFormatException if a {@code ..} component would escape the layer root, or the name is longer than
     *                            {@link #MAX_NAME_LENGTH}
     */
    public static String normalize(String raw) throws TarFormatException {
        if (raw.length() > MAX_NAME_LENGTH) {
            throw new TarFormatException("entry name of " + raw.length() + " characters exceeds the limit of "
                    + MAX_NAME_LENGTH + " ('" + abbreviate(raw) + "')");
        }
        if (raw.indexOf('\0') >= 0) {
            throw new TarFormatException("entry name contains a NUL byte");
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            int slash = raw.indexOf('/', i);
            int end = slash < 0 ? n : slash;
            int len = end - i;
            if (len == 0 || (len == 1 && raw.charAt(i) == '.')) {
                // skip empty and "." components
            } else if (len == 2 && raw.charAt(i) == '.' && raw.charAt(i + 1) == '.') {
                throw new TarFormatException("entry name '" + abbreviate(raw) + "' contains '..' (path traversal)");
            } else {
                if (out.length() > 0) {
                    out.append('/');
                }
                out.append(raw, i, end);
            }
            i = end + 1;
        }
        return out.length() == raw.length() ? raw : out.toString();
    }

    /** Shortens long or hostile names for messages. */
    public static String abbreviate(String name) {
        String clean = name.replaceAll("[\\p{Cntrl}]", "?");
        return clean.length() > 120 ? clean.substring(0, 120) + "…" : clean;
    }
}
