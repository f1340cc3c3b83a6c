package dev.dlint.rules.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Build argument names whose value changes on every build (commit ids, build dates and numbers, cache busters),
 * recognised by their parts whatever the separator or case: {@code GIT_COMMIT}, {@code GITCOMMIT},
 * {@code APP_GITCOMMIT}, {@code gitCommit}, {@code COMMIT_SHA}, {@code VCS_REF}, {@code BUILD_DATE},
 * {@code SOURCE_DATE_EPOCH}, {@code GITHUB_RUN_ID}, {@code CACHEBUST}. A name is split at {@code _}, {@code -},
 * {@code .} and lower-to-upper case changes; parts written together ({@code GITCOMMIT}) are split into known words.
 */
public final class VolatileArgs {

    /** Words that make a name volatile wherever they appear. */
    private static final Set<String> ALWAYS = Set.of("COMMIT", "REVISION", "TIMESTAMP", "CACHEBUST", "CACHEBUSTER");

    /** Words that are volatile right after one of a few qualifiers ({@code BUILD_DATE}, {@code GIT_SHA}). */
    private static final List<List<String>> PAIRS = List.of(
            List.of("GIT", "SHA"), List.of("GIT", "HASH"), List.of("GIT", "REF"), List.of("GIT", "REV"),
            List.of("GITHUB", "SHA"), List.of("VCS", "REF"), List.of("VCS", "REV"), List.of("SVN", "REV"),
            List.of("SOURCE", "REF"), List.of("SOURCE", "DATE"), List.of("SOURCE", "SHA"), List.of("HEAD", "SHA"),
            List.of("SHORT", "SHA"), List.of("BUILD", "SHA"), List.of("BUILD", "REF"),
            List.of("BUILD", "DATE"), List.of("BUILD", "TIME"), List.of("BUILD", "DATETIME"),
            List.of("BUILD", "NUMBER"), List.of("BUILD", "NUM"), List.of("BUILD", "ID"), List.of("BUILD", "STAMP"),
            List.of("IMAGE", "CREATED"), List.of("CACHE", "BUST"), List.of("CACHE", "BUSTER"), List.of("CACHE", "DATE"),
            List.of("RUN", "ID"), List.of("RUN", "NUMBER"), List.of("PIPELINE", "ID"), List.of("JOB", "ID"));

    /** Names that are volatile on their own. */
    private static final Set<String> ALONE = Set.of("SHA", "DATE", "NOW", "TIME", "CREATED", "REF");

    /** The words that may be written together, longest first, for splitting {@code GITCOMMIT}. */
    private static final List<String> WORDS = List.of("TIMESTAMP", "REVISION", "DATETIME", "PIPELINE", "CREATED",
            "COMMIT", "GITHUB", "SOURCE", "BUSTER", "NUMBER", "BUILD", "CACHE", "IMAGE", "SHORT", "STAMP", "DATE",
            "TIME", "HASH", "HEAD", "BUST", "GIT", "SHA", "REF", "REV", "VCS", "SVN", "NUM", "RUN", "JOB", "ID");

    private VolatileArgs() {
    }

    public static boolean isVolatile(String name) {
        return reason(name).isPresent();
    }

    /** The part of the name that makes it volatile ({@code COMMIT}, {@code BUILD DATE}), if any. */
    public static Optional<String> reason(String name) {
        List<String> parts = parts(name);
        if (parts.size() == 1 && ALONE.contains(parts.get(0))) {
            return Optional.of(parts.get(0));
        }
        for (int i = 0; i < parts.size(); i++) {
            if (ALWAYS.contains(parts.get(i))) {
                return Optional.of(parts.get(i));
            }
            if (i + 1 < parts.size() && PAIRS.contains(List.of(parts.get(i), parts.get(i + 1)))) {
                return Optional.of(parts.get(i) + " " + parts.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** The name's words, upper case: {@code appGitCommit_SHA} → APP, GIT, COMMIT, SHA. */
    static List<String> parts(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean separator = !Character.isLetterOrDigit(c);
            boolean camel = i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1));
            if ((separator || camel) && part.length() > 0) {
                split(part.toString().toUpperCase(Locale.ROOT), parts);
                part.setLength(0);
            }
            if (!separator) {
                part.append(c);
            }
        }
        if (part.length() > 0) {
            split(part.toString().toUpperCase(Locale.ROOT), parts);
        }
        return parts;
    }

    /** Splits a run of letters into known words when it is made only of them ({@code GITCOMMIT}); else keeps it. */
    private static void split(String run, List<String> into) {
        List<String> words = new ArrayList<>();
        int at = 0;
        while (at < run.length()) {
            String found = null;
            for (String word : WORDS) {
                if (run.startsWith(word, at)) {
                    found = word;
                    break;
                }
            }
            if (found == null) {
                into.add(run);
                return;
            }
            words.add(found);
            at += found.length();
        }
        into.addAll(words);
    }
}
