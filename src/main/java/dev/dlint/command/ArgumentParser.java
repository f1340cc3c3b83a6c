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
            if (index == toolStart + 1 && spec != null && spec.bundledFirstWord() && OptionReader.isBundle(word, levels)) {
                apply(OptionReader.bundle(words, index, levels, spec));
                index++;
                continue;
            }
            if (!optionsEnded && value.length() > 1 && value.charAt(0) == '-' && text.startsLiterally()) {
                apply(OptionReader.option(words, index, levels, spec));
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

    /** Applies the options read: records them, then ends the options or switches to a delegate tool as they say. */
    private void apply(OptionReader reader) {
        index = reader.lastIndex();
        for (OptionReader.Read read : reader.reads()) {
            options.add(read.option());
            OptionSpec spec = read.spec();
            if (spec == null) {
                continue;
            }
            Option option = read.option();
            if (option.value().isPresent() && option.valueStatic()) {
                ToolSpec target = spec.delegates().get(option.value().get());
                if (target != null) {
                    switchTo(target, option.value().get(), read.valueInWord(), spelled + " " + option.spelled());
                    return;
                }
            }
            if (spec.endsOptions()) {
                optionsEnded = true;
            }
        }
    }
}
