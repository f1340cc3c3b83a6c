package dev.dlint.image;

/**
 * The input is not a readable container image, or one of its members is malformed.
 *
 * <p>The message is always a single line that names the archive member (or the input) and the problem, e.g.
 * {@code blobs/sha256/ab12…: truncated gzip stream}. It is meant to be shown to the user as-is; the CLI maps this
 * exception to exit code 3.
 */
public final class ImageFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Whether the image was readable but incomplete: a layer blob missing, unreadable, or not matching its digest. */
    private final boolean incomplete;

    /** Creates an exception whose message is {@code member + ": " + problem}. */
    public ImageFormatException(String member, String problem) {
        super(oneLine(member + ": " + problem));
        this.incomplete = false;
    }

    /** Same as {@link #ImageFormatException(String, String)}, keeping the low-level cause for debugging. */
    public ImageFormatException(String member, String problem, Throwable cause) {
        super(oneLine(member + ": " + problem), cause);
        this.incomplete = false;
    }

    /** The first {@link IntegrityProblem} of an image analysed without tolerating errors. */
    public ImageFormatException(IntegrityProblem problem) {
        super(oneLine(problem.message()));
        this.incomplete = true;
    }

    /** Whether the image is incomplete (a layer missing, unreadable or not matching its digest) rather than unreadable. */
    public boolean incomplete() {
        return incomplete;
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
