package dev.dlint.report;

import dev.dlint.engine.FileResult;
import dev.dlint.rule.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fingerprints for GitLab Code Quality and Code Climate that survive unrelated edits: the lowercase hex MD5 of
 * {@code rule \0 path \0 primaryLocationLineHash}, the content-based line hash GitHub uses (see
 * {@link LineFingerprints}), so moving lines above a finding keeps its fingerprint. Further findings of the same
 * rule on the same line get {@code \0 n} appended (n = 2, 3, … in report order), keeping every fingerprint unique,
 * because GitLab merges issues with equal fingerprints.
 */
final class StableFingerprints {

    private StableFingerprints() {
    }

    /** The fingerprints of a file's findings, in the order given. */
    static List<String> of(FileResult file, List<Finding> findings) {
        LineFingerprints lines = findings.isEmpty() ? null : file.source().map(LineFingerprints::of).orElse(null);
        Map<String, Integer> seen = new HashMap<>();
        String[] out = new String[findings.size()];
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String lineHash = lines == null ? null : lines.forLine(f.range().startLine());
            String key = f.rule() + '\0' + file.path() + '\0' + (lineHash != null ? lineHash
                    : f.logicalLocation().map(StableFingerprints::logicalKey).orElse("line " + f.range().startLine()));
            int n = seen.merge(key, 1, Integer::sum);
            out[i] = md5(n == 1 ? key : key + '\0' + n);
        }
        return List.of(out);
    }

    /**
     * What identifies a finding about an image across builds: its logical location without the layer index, which
     * shifts whenever the base image gains or loses a layer ({@code layer 7 (RUN apt-get …) /var/lib/apt/lists} →
     * {@code (RUN apt-get …) /var/lib/apt/lists}).
     */
    static String logicalKey(String logicalLocation) {
        return "at " + logicalLocation.replaceFirst("^layer \\d+ ", "");
    }

    static String md5(String text) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no MD5", e);
        }
        byte[] hash = digest.digest(text.getBytes(StandardCharsets.UTF_8));
        StringBuilder hex = new StringBuilder(32);
        for (byte b : hash) {
            hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return hex.toString();
    }
}
