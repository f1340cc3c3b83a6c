package dev.dlint.image;

/**
 * Why an image is incomplete: a layer blob that is missing or unreadable, or whose content does not match the digest
 * or size the manifest and config declare. An image with a problem never passes: without {@code --ignore-errors} the
 * analysis stops at the first one, with it the problems are reported with the partial result.
 *
 * @param layer   the layer index the problem concerns
 * @param member  the archive member (or file below an OCI directory) that holds, or should hold, the blob
 * @param problem what is wrong, one line, without the member
 */
public record IntegrityProblem(int layer, String member, String problem) {

    /** {@code member: problem}, as error messages show it. */
    public String message() {
        return member + ": " + problem;
    }
}
