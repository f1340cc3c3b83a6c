package dev.dlint.facts;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.FileSource;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Flag;
import dev.dlint.model.Heredoc;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.LabelInstruction;
import dev.dlint.model.StopsignalInstruction;
import dev.dlint.model.UserInstruction;
import dev.dlint.model.VolumeInstruction;
import dev.dlint.model.Word;
import dev.dlint.model.WorkdirInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words of a stage instruction that BuildKit expands before it runs the instruction, and whose unset variables
 * its {@code UndefinedVar} check reports: ENV and LABEL keys and values, COPY/ADD sources, destination,
 * {@code --chown}, {@code --chmod} and ADD's {@code --checksum}, COPY/ADD heredoc bodies that expand, WORKDIR, USER,
 * VOLUME, STOPSIGNAL and ARG defaults. RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK are left to the shell; EXPOSE is
 * expanded but not checked by BuildKit; FROM lines have checks of their own.
 */
public final class ExpandedWords {

    /**
     * One expanded word.
     *
     * @param word     the raw word
     * @param heredoc  whether it is a heredoc body (expanded with quotes as ordinary characters)
     * @param declared the ARG names declared earlier in the same ARG instruction, which this word already sees
     * @param assigns  the variable whose value the word is (an ENV or ARG value), empty for other words
     */
    public record Expansion(Word word, boolean heredoc, List<String> declared, Optional<String> assigns) {
        public Expansion {
            declared = List.copyOf(declared);
        }
    }

    private ExpandedWords() {
    }

    public static List<Expansion> of(Instruction instruction) {
        List<Expansion> words = new ArrayList<>();
        if (instruction instanceof EnvInstruction || instruction instanceof LabelInstruction) {
            List<KeyValue> pairs = instruction instanceof EnvInstruction ? ((EnvInstruction) instruction).pairs()
                    : ((LabelInstruction) instruction).pairs();
            boolean env = instruction instanceof EnvInstruction;
            for (KeyValue pair : pairs) {
                add(words, pair.key());
                words.add(new Expansion(pair.value(), false, List.of(),
                        env ? Optional.of(pair.key().text()) : Optional.empty()));
            }
        } else if (instruction instanceof CopyInstruction || instruction instanceof AddInstruction) {
            transfer(instruction, words);
        } else if (instruction instanceof ArgInstruction) {
            List<String> declared = new ArrayList<>();
            for (ArgDeclaration declaration : ((ArgInstruction) instruction).declarations()) {
                declaration.defaultValue().ifPresent(value -> words.add(new Expansion(value, false, declared,
                        Optional.of(declaration.name().text()))));
                declared.add(declaration.name().text());
            }
        } else if (instruction instanceof WorkdirInstruction) {
            ((WorkdirInstruction) instruction).path().ifPresent(w -> add(words, w));
        } else if (instruction instanceof UserInstruction) {
            ((UserInstruction) instruction).user().ifPresent(w -> add(words, w));
        } else if (instruction instanceof StopsignalInstruction) {
            ((StopsignalInstruction) instruction).signal().ifPresent(w -> add(words, w));
        } else if (instruction instanceof VolumeInstruction) {
            ((VolumeInstruction) instruction).paths().forEach(w -> add(words, w));
        }
        return words;
    }

    private static void transfer(Instruction instruction, List<Expansion> words) {
        for (String name : List.of("chown", "chmod", "checksum")) {
            instruction.flag(name).flatMap(ExpandedWords::flagValue).ifPresent(w -> add(words, w));
        }
        FileTransfer transfer = instruction instanceof CopyInstruction ? ((CopyInstruction) instruction).transfer()
                : ((AddInstruction) instruction).transfer();
        for (FileSource source : transfer.sources()) {
            if (source instanceof FileSource.Path) {
                add(words, ((FileSource.Path) source).path());
            }
        }
        transfer.destination().ifPresent(w -> add(words, w));
        for (Heredoc heredoc : transfer.heredocs()) {
            if (heredoc.expand()) {
                words.add(new Expansion(heredoc.body(), true, List.of(), Optional.empty()));
            }
        }
    }

    /** A flag's value as written (quotes and escapes kept), the text after {@code --name=}. */
    public static Optional<Word> flagValue(Flag flag) {
        String text = flag.word().text();
        int equals = text.indexOf('=');
        return equals < 0 ? Optional.empty() : Optional.of(flag.word().sub(equals + 1, text.length()));
    }

    private static void add(List<Expansion> words, Word word) {
        words.add(new Expansion(word, false, List.of(), Optional.empty()));
    }
}
