package dev.dlint.shell.expand;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one pass of the lexer produces (BuildKit's {@code ProcessWordResult} plus word spans).
 *
 * @param word      the whole input processed as a single word; spaces between words are kept
 * @param words     the input split into words; splitting happens after expansion, on whitespace that
 *                  is neither quoted nor escaped, and empty words are dropped
 * @param matched   names of the variables that were looked up and found set, in order of first use
 * @param unmatched names of the variables that were looked up and found unset, in order of first use
 *                  (BuildKit's {@code UndefinedVar} check reads these)
 */
public record LexResult(String word, List<LexedWord> words, Set<String> matched, Set<String> unmatched) {

    /** Makes defensive, unmodifiable copies of the collections. */
    public LexResult {
        words = List.copyOf(words);
        matched = Collections.unmodifiableSet(new LinkedHashSet<>(matched));
        unmatched = Collections.unmodifiableSet(new LinkedHashSet<>(unmatched));
    }

    /** The texts of {@link #words()}, as BuildKit's {@code ProcessWords} returns them. */
    public List<String> wordTexts() {
        return words.stream().map(LexedWord::text).toList();
    }
}
