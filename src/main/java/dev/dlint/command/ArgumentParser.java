package dev.dlint.command;

import dev.dlint.shell.script.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one tool's options and operands from a command's words, following its spec: clustered short flags, attached and
 * separate values, {@code --}, subcommands, GNU permutation, and the switch to another tool for {@code python -m pip} and
 * {@code uv pip}. Without a spec (an unknown tool) every {@code -x}/{@code --x} word is a flag without value and the rest are
 * operands. One instance reads one command; it is not shared.
 */
final class ArgumentParser {
    private final List<Word> words;
    private final boolean stopAtOperand;
    private int index;
    private ToolSpec spec;
    private final List<CommandSpec> levels = new ArrayList<>();
    private final List<String> path = new ArrayList<>();
    private List<Option> options = new ArrayList<>();
    private List<Operand> operands = new ArrayList<>();
    private boolean optionsEnded;
    private boolean doubleDash;
    private boolean subcommandPosition;
    private String toolName;
    private String spelled;
    private Word nameWord;
    private int toolStart;
    private Front front;

    /**
     * @param nameIndex     the index of the word naming the tool; reading starts after it
     * @param spec          the tool's spec, or null for an unknown tool
     * @param toolName      the canonical name to report when {@code spec} is null
     * @param stopAtOperand whether to stop before the first operand that is not a subcommand, for reading a wrapper
     */
    ArgumentParser(List<Word> words, int nameIndex, ToolSpec spec, String toolName, String spelled, boolean stopAtOperand) {
        this.words = words;
        this.stopAtOperand = stopAtOperand;
        this.index = nameIndex + 1;
        this.toolStart = nameIndex;
        this.nameWord = words.get(nameIndex);
        this.spelled = spelled;
        enter(spec, toolName);
    }

    /** Reads to the end of the words, or up to the first operand when stopping there; returns the index it stopped at. */
    int run() {
        while (index < words.size()) {
            Word word = words.get(index);
            WordText text = WordText.of(word);
            String value = text.text();
            if (!optionsEnded && value.equals("--")) {
                optionsEnded = true;
                doubleDash = true;
                index++;
                continue;
            }
            if (index == toolStart + 1 && spec != null && spec.bundledFirstWord() && isBundle(word, value)) {
                bundle(text);
                index++;
                continue;
            }
            if (!optionsEnded && value.length() > 1 && value.charAt(0) == '-' && text.startsLiterally()) {
                option(text);
                index++;
                continue;
            }
            if (stopAtOperand && !isSubcommand(word)) {
                return index;
            }
            operand(word, text);
            index++;
        }
        return index;
    }

    List<Option> options() {
        return options;
    }

    List<Operand> operands() {
        return operands;
    }

    List<String> path() {
        return path;
    }

    Optional<ToolSpec> spec() {
        return Optional.ofNullable(spec);
    }

    Optional<Front> front() {
        return Optional.ofNullable(front);
    }

    String toolName() {
        return toolName;
    }

    String spelled() {
        return spelled;
    }

    Word nameWord() {
        return nameWord;
    }

    private void enter(ToolSpec newSpec, String newName) {
        spec = newSpec;
        toolName = newSpec != null ? newSpec.name() : newName;
        levels.clear();
        path.clear();
        options = new ArrayList<>();
        operands = new ArrayList<>();
        optionsEnded = false;
        doubleDash = false;
        if (newSpec != null) {
            levels.add(newSpec.root());
            subcommandPosition = !newSpec.root().subcommands().isEmpty();
        } else {
            subcommandPosition = false;
        }
    }

    private ParseStyle style() {
        return spec == null ? ParseStyle.GETOPT : spec.style();
    }

    private CommandSpec level() {
        return levels.isEmpty() ? null : levels.get(levels.size() - 1);
    }

    private boolean isSubcommand(Word word) {
        return subcommandPosition && word.literal().flatMap(name -> level().subcommand(name)).isPresent();
    }

    private void operand(Word word, WordText text) {
        if (subcommandPosition && !optionsEnded) {
            Optional<CommandSpec> sub = word.literal().flatMap(name -> level().subcommand(name));
            if (sub.isPresent()) {
                if (sub.get().delegate().isPresent()) {
                    switchTo(sub.get().delegate().get(), text.text(), false, spelled);
                    return;
                }
                levels.add(sub.get());
                path.add(sub.get().name());
                operands.add(new Operand(word, text.text(), true, false));
                subcommandPosition = !sub.get().subcommands().isEmpty();
                return;
            }
        }
        subcommandPosition = false;
        operands.add(new Operand(word, text.text(), false, doubleDash));
        if (level() != null && !level().permutes()) {
            optionsEnded = true;
        }
    }

    /**
     * Continues with {@code target}, named by the word at {@link #index}: the words read so far become its front, and so
     * does that word when it also holds the front's option ({@code -mpip}).
     */
    private void switchTo(ToolSpec target, String targetSpelled, boolean sharesWord, String frontText) {
        List<Word> frontWords = new ArrayList<>(words.subList(toolStart, sharesWord ? index + 1 : index));
        Span span = new Span(frontWords.get(0).start(), frontWords.get(frontWords.size() - 1).end());
        front = new Front(toolName, frontText, frontWords, options, span);
        toolStart = index;
        nameWord = words.get(index);
        spelled = targetSpelled;
        enter(target, target.name());
    }

    private void option(WordText text) {
        String value = text.text();
        ParseStyle style = style();
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
        String lookup = style() == ParseStyle.SINGLE_DASH ? written.substring(dashes - 1) : written;
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
        Optional<OptionSpec> spec = find(written);
        if (spec.isEmpty()) {
            Optional<OptionSpec> first = find(value.substring(0, 2));
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

    private boolean isBundle(Word word, String value) {
        if (!word.isStatic() || value.isEmpty()) {
            return false;
        }
        for (int k = 0; k < value.length(); k++) {
            if (!Character.isLetter(value.charAt(k)) || find("-" + value.charAt(k)).isEmpty()) {
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
            OptionSpec spec = find("-" + value.charAt(k)).orElseThrow();
            Span span = value.length() == 1 ? text.whole() : text.span(k, k + 1);
            if (spec.takesValue() && index + 1 < words.size()) {
                index++;
                WordText next = WordText.of(words.get(index));
                options.add(new Option(spec.name(), "-" + value.charAt(k), Optional.of(next.text()), span,
                        Optional.of(next.whole()), text.word(), Optional.of(next.word()), next.word().isStatic(), true));
            } else {
                options.add(new Option(spec.name(), "-" + value.charAt(k), Optional.empty(), span, Optional.empty(),
                        words.get(bundleIndex), Optional.empty(), true, true));
            }
        }
    }

    /** {@code -y}, {@code -yq}, {@code -ofile}, {@code -xzf FILE}, and in the APT style {@code -q=2}. */
    private void cluster(WordText text) {
        String value = text.text();
        boolean apt = style() == ParseStyle.APT;
        for (int k = 1; k < value.length(); k++) {
            String written = "-" + value.charAt(k);
            Optional<OptionSpec> spec = find(written);
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
        added(spec, option, -1);
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
        options.add(new Option(spec.name(), written, Optional.of(value.toString()), span, Optional.of(valueSpan),
                text.word(), Optional.of(words.get(first)), isStatic, true));
    }

    /** Adds an option whose value, if {@code valueText} is not null, is the characters {@code [from, to)} of that word. */
    private void add(Optional<OptionSpec> spec, String written, Span span, WordText valueText, int from, int to) {
        String name = spec.map(OptionSpec::name).orElse(written);
        Option option;
        if (valueText == null) {
            option = new Option(name, written, Optional.empty(), span, Optional.empty(), wordAt(), Optional.empty(), true,
                    spec.isPresent());
        } else {
            option = new Option(name, written, Optional.of(valueText.text().substring(from, to)), span,
                    Optional.of(valueText.span(from, to)), valueText.word(), Optional.of(valueText.word()),
                    valueText.isLiteral(from, to), spec.isPresent());
        }
        if (spec.isPresent()) {
            added(spec.get(), option, from);
        } else {
            options.add(option);
        }
    }

    /** Records a known option, then applies its effects: ending the options, or switching to a delegate tool. */
    private void added(OptionSpec spec, Option option, int valueFrom) {
        options.add(option);
        if (option.value().isPresent() && option.valueStatic()) {
            ToolSpec target = spec.delegates().get(option.value().get());
            if (target != null) {
                switchTo(target, option.value().get(), valueFrom >= 0, spelled + " " + option.spelled());
                return;
            }
        }
        if (spec.endsOptions()) {
            optionsEnded = true;
        }
    }

    private Word wordAt() {
        return words.get(index);
    }

    private Optional<OptionSpec> find(String spelling) {
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
        Optional<OptionSpec> exact = find(spelling);
        if (exact.isPresent() || spec == null || !spec.abbreviations() || spelling.length() < 3) {
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
