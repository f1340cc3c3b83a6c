package dev.dlint.image.analysis;

/**
 * A row of dive's inefficient-files list.
 *
 * @param path            dive's key ({@code /}-prefixed path)
 * @param count           how many times dive visited the key
 * @param cumulativeBytes the sum of the sizes of all visits, the surviving copy included
 */
public record InefficientFile(String path, int count, long cumulativeBytes) {
}
