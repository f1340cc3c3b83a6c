package dev.dlint.image.archive;

/** Comparison of image references as users type them ({@code alpine:3}, {@code docker.io/library/alpine:3}). */
final class ImageNames {
    private ImageNames() {
    }

    /** True if {@code candidate} (a RepoTag or ref annotation) names the image the user asked for. */
    static boolean matches(String candidate, String wanted) {
        if (candidate.equals(wanted)) {
            return true;
        }
        return canonical(candidate).equals(canonical(wanted));
    }

    static String canonical(String ref) {
        String r = ref.trim();
        int at = r.indexOf('@');
        String digest = "";
        if (at >= 0) {
            digest = r.substring(at);
            r = r.substring(0, at);
        }
        int slash = r.lastIndexOf('/');
        int colon = r.lastIndexOf(':');
        if (colon <= slash && digest.isEmpty()) {
            r = r + ":latest";
        }
        for (String prefix : new String[] {"docker.io/", "index.docker.io/", "localhost/"}) {
            if (r.startsWith(prefix)) {
                r = r.substring(prefix.length());
            }
        }
        if (r.startsWith("library/")) {
            r = r.substring("library/".length());
        }
        return r + digest;
    }
}
