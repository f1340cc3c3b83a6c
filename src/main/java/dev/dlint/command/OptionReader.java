package dev.dlint.command;

import dev.dlint.shell.script.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one option word of a command line (and the words it takes as its value) in a tool's {@link ParseStyle}: long
 * options with {@code =} or a separate value and their abbreviations, short clusters ({@code -yq}, {@code -xzf FILE},
 * {@code -ofile}, APT's {@code -q=2}), whole-word options ({@code -ntp}, {@code -DskipTests}), word lists
 * ({@code find -exec … ;}) and tar's dashless first word ({@code tar xzf FILE}). {@link ArgumentParser} applies what the
 * options do.
 */
final class OptionReader {
    /**
     * One option read.
     *
     * @param option      the option
     * @param spec        its spec; null when the tool does not declare it
     * @param valueInWord whether its value came from the option's own word ({@code -mpip}, {@code --opt=v})
     */
    record Read(Option option, OptionSpec spec, boolean valueInWord) {
    }

    private final List<Word> words;
    private final List<CommandSpec> levels;
    private final ToolSpec tool;
    private final ParseStyle style;
    private final Word optionWord;
    private int index;
    private final List<Read> reads = new ArrayList<>();

    private OptionReader(List<Word> words, int index, List<CommandSpec> levels, ToolSpec tool) {
        this.words = words;
        this.index = index;
        this.levels = levels;
        this.tool = tool;
        this.style = tool == null ? ParseStyle.GETOPT : tool.style();
        this.optionWord = words.get(index);
    }

    /** Reads the option word at {@code index}, with the options valid at {@code levels} of {@code tool} (null if unknown). */
    static OptionReader option(List<Word> words, int index, List<CommandSpec> levels, ToolSpec tool) {
        OptionReader reader = new OptionReader(words, index, levels, tool);
        reader.option(WordText.of(words.get(index)));
        return reader;
    }

    /** Reads tar's dashless first word at {@code index}, when {@link #isBundle} says it is one. */
    static OptionReader bundle(List<Word> words, int index, List<CommandSpec> levels, ToolSpec tool) {
        OptionReader reader = new OptionReader(words, index, levels, tool);
        reader.bundle(WordText.of(words.get(index)));
        return reader;
    }

    /** Whether {@code word} is a first argument made only of option letters known at {@code levels}. */
    static boolean isBundle(Word word, List<CommandSpec> levels) {
        return isBundle(word, WordText.of(word).text(), levels);
    }

    /** The options read, in order. */
    List<Read> reads() {
        return reads;
    }

    /** The index of the last word read (the option's, or its value's). */
    int lastIndex() {
        return index;
    }

    private void option(WordText text) {
        String value = text.text();
        if (style == ParseStyle.SINGLE_DASH) {
            longOption(text, value.startsWith("--") ? 2 : 1);
        } else if (value.startsWith("--")) {
            longOption(text, 2);
        } else if (style == ParseStyle.WHOLE_WORD && wholeWordOption(text)) {
            return;
        } else {
            cluster(text);
        }
    }

    /** {@code --name}, {@code --name=value}, {@code --name value}; {@code dashes} is how many dashes the word starts with. */
    private void longOption(WordText text, int dashes) {
        String value = text.text();
        int equals = value.indexOf('=');
        String written = equals < 0 ? value : value.substring(0, equals);
        String lookup = style == ParseStyle.SINGLE_DASH ? written.substring(dashes - 1) : written;
        Optional<OptionSpec> spec = findLong(lookup);
        Span span = text.span(0, written.length());
        if (equals >= 0) {
            add(spec, written, span, text, equals + 1, value.length());
        } else if (spec.isPresent() && spec.get().takesValue()) {
            addWithNextWord(spec.get(), written, span, text);
        } else {
            add(spec, written, span, null, 0, 0);
        }
    }

    /** Maven's {@code -pl}, {@code -ntp}: the whole word names the option, or a one-letter option has its value attached. */
    private boolean wholeWordOption(WordText text) {
        String value = text.text();
        int equals = value.indexOf('=');
        String written = equals < 0 ? value : value.substring(0, equals);
        Optional<OptionSpec> spec = find(levels, written);
        if (spec.isEmpty()) {
            Optional<OptionSpec> first = find(levels, value.substring(0, 2));
            if (first.isPresent() && first.get().arity() != Arity.NONE && value.length() > 2) {
                add(first, value.substring(0, 2), text.span(0, 2), text, 2, value.length());
                return true;
            }
            return false;
        }
        Span span = text.span(0, written.length());
        if (equals >= 0) {
            add(spec, written, span, text, equals + 1, value.length());
        } else if (spec.get().takesValue()) {
            addWithNextWord(spec.get(), written, span, text);
        } else {
            add(spec, written, span, null, 0, 0);
        }
        return true;
    }

    private static boolean isBundle(Word word, String value, List<CommandSpec> levels) {
        if (!word.isStatic() || value.isEmpty()) {
            return false;
        }
        for (int k = 0; k < value.length(); k++) {
            if (!Character.isLetter(value.charAt(k)) || find(levels, "-" + value.charAt(k)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** {@code tar xzf FILE}: each letter an option, each value-taking one taking the next word in turn. */
    private void bundle(WordText text) {
        String value = text.text();
        int bundleIndex = index;
        for (int k = 0; k < value.length(); k++) {
            OptionSpec spec = find(levels, "-" + value.charAt(k)).orElseThrow();
            Span span = value.length() == 1 ? text.whole() : text.span(k, k + 1);
            if (spec.takesValue() && index + 1 < words.size()) {
                index++;
                WordText next = WordText.of(words.get(index));
                reads.add(new Read(new Option(spec.name(), "-" + value.charAt(k), Optional.of(next.text()), span,
                        Optional.of(next.whole()), text.word(), Optional.of(next.word()), next.word().isStatic(), true),
                        spec, false));
            } else {
                reads.add(new Read(new Option(spec.name(), "-" + value.charAt(k), Optional.empty(), span,
                        Optional.empty(), words.get(bundleIndex), Optional.empty(), true, true), spec, false));
            }
        }
    }

    /** {@code -y}, {@code -yq}, {@code -ofile}, {@code -xzf FILE}, and in the APT style {@code -q=2}. */
    private void cluster(WordText text) {
        String value = text.text();
        boolean apt = style == ParseStyle.APT;
        for (int k = 1; k < value.length(); k++) {
            String written = "-" + value.charAt(k);
            Optional<OptionSpec> spec = find(levels, written);
            boolean rest = k + 1 < value.length();
            boolean equalsValue = apt && rest && value.charAt(k + 1) == '=';
            Arity arity = spec.map(OptionSpec::arity).orElse(Arity.NONE);
            if (apt && arity == Arity.OPTIONAL) {
                arity = Arity.NONE; // APT takes an optional value only after '='
            }
            boolean takesRest = equalsValue || (rest && arity != Arity.NONE);
            Span span = k == 1 && (!rest || takesRest) ? text.span(0, 2) : text.span(k, k + 1);
            if (equalsValue) {
                add(spec, written, span, text, k + 2, value.length());
                return;
            }
            if (arity == Arity.NONE) {
                add(spec, written, span, null, 0, 0);
            } else if (rest) {
                add(spec, written, span, text, k + 1, value.length());
                return;
            } else if (arity == Arity.REQUIRED || arity == Arity.LIST) {
                addWithNextWord(spec.get(), written, span, text);
            } else {
                add(spec, written, span, null, 0, 0);
            }
        }
    }

    private void addWithNextWord(OptionSpec spec, String written, Span span, WordText text) {
        if (index + 1 >= words.size()) {
            add(Optional.of(spec), written, span, null, 0, 0);
            return;
        }
        if (!spec.until().isEmpty() || spec.arity() == Arity.LIST) {
            addWordList(spec, written, span, text);
            return;
        }
        index++;
        WordText next = WordText.of(words.get(index));
        Option option = new Option(spec.name(), written, Optional.of(next.text()), span, Optional.of(next.whole()),
                text.word(), Optional.of(next.word()), next.word().isStatic(), true);
        reads.add(new Read(option, spec, false));
    }

    /**
     * {@code find -exec rm -f {} +}: the value is the words up to the terminator; {@code --without a b}: the words up to the
     * next option. Joined by spaces.
     */
    private void addWordList(OptionSpec spec, String written, Span span, WordText text) {
        int first = index + 1;
        StringBuilder value = new StringBuilder();
        boolean isStatic = true;
        do {
            index++;
            Word word = words.get(index);
            value.append(value.length() == 0 ? "" : " ").append(word.unquoted());
            isStatic &= word.isStatic();
        } while (index + 1 < words.size() && (spec.until().isEmpty()
                ? !words.get(index + 1).unquoted().startsWith("-")
                : !spec.until().contains(words.get(index).unquoted())));
        Span valueSpan = new Span(words.get(first).start(), words.get(index).end());
        reads.add(new Read(new Option(spec.name(), written, Optional.of(value.toString()), span, Optional.of(valueSpan),
                text.word(), Optional.of(words.get(first)), isStatic, true), spec, false));
    }

    /** Adds an option whose value, if {@code valueText} is not null, is the characters {@code [from, to)} of that word. */
    private void add(Optional<OptionSpec> spec, String written, Span span, WordText valueText, int from, int to) {
        String name = spec.map(OptionSpec::name).orElse(written);
        Option option;
        if (valueText == null) {
            option = new Option(name, written, Optional.empty(), span, Optional.empty(), optionWord, Optional.empty(), true,
                    spec.isPresent());
        } else {
            option = new Option(name, written, Optional.of(valueText.text().substring(from, to)), span,
                    Optional.of(valueText.span(from, to)), valueText.word(), Optional.of(valueText.word()),
                    valueText.isLiteral(from, to), spec.isPresent());
        }
        reads.add(new Read(option, spec.orElse(null), valueText != null));
    }

    /** The option spelled {@code spelling} at the innermost of {@code levels} that has one. */
    static Optional<OptionSpec> find(List<CommandSpec> levels, String spelling) {
        for (int i = levels.size() - 1; i >= 0; i--) {
            Optional<OptionSpec> found = levels.get(i).option(spelling);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Exact match, then (for tools that allow it) the one option of which {@code spelling} is a prefix. */
    private Optional<OptionSpec> findLong(String spelling) {
        Optional<OptionSpec> exact = find(levels, spelling);
        if (exact.isPresent() || tool == null || !tool.abbreviations() || spelling.length() < 3) {
            return exact;
        }
        OptionSpec match = null;
        for (int i = levels.size() - 1; i >= 0; i--) {
            for (String candidate : levels.get(i).optionSpellings()) {
                if (candidate.startsWith("--") && candidate.startsWith(spelling)) {
                    OptionSpec found = levels.get(i).option(candidate).orElseThrow();
                    if (match != null && match != found) {
                        return Optional.empty();
                    }
                    match = found;
                }
            }
        }
        return Optional.ofNullable(match);
    }
}
