package dev.dlint.rules.dockerfile;

import dev.dlint.facts.ExpandedWords;
import dev.dlint.facts.VariableReferences;
import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.Flag;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.VariableScope;
import dev.dlint.model.Word;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.DockerfileRule;
import dev.dlint.rule.Precision;
import dev.dlint.rule.RuleContext;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.shell.expand.ExpansionTooLargeException;
import dev.dlint.shell.expand.LexerOptions;
import dev.dlint.shell.expand.ShellLexException;
import dev.dlint.shell.expand.ShellLexer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A word whose variable expansion would be longer than 1 MiB (an expansion bomb: {@code ARG B=$A$A}, repeated). dlint
 * stops expanding it there and keeps the word as written, so no rule sees the huge value; the finding names the
 * variables the value is built from, with their declarations as related locations (at most {@link #MAX_CHAIN}).
 */
@RuleInfo(summary = "A variable expansion would be longer than 1 MiB", severity = Severity.ERROR,
        category = Category.CORRECTNESS, precision = Precision.VERY_HIGH)
public final class ExpansionTooLarge implements DockerfileRule {

    static final int MAX_CHAIN = 32;

    @Override
    public void check(Dockerfile dockerfile, DockerfileContext context) {
        LexerOptions options = dockerfile.escape() == '`' ? LexerOptions.defaults().withEscape('`')
                : LexerOptions.defaults();
        ShellLexer lexer = new ShellLexer(options);
        Map<String, Word> declarations = new HashMap<>();
        for (Instruction instruction : dockerfile.instructions()) {
            VariableScope scope = dockerfile.scope(instruction);
            for (Word word : expandedWords(instruction)) {
                if (word.text().indexOf('$') >= 0 && tooLarge(lexer, word.text(), scope)) {
                    report(word, declarations, dockerfile.escape(), context);
                }
            }
            declare(instruction, declarations);
        }
    }

    /** The words BuildKit expands: those of {@link ExpandedWords}, a FROM's image and its flags, every flag value. */
    private static List<Word> expandedWords(Instruction instruction) {
        List<Word> words = new ArrayList<>();
        if (instruction instanceof FromInstruction from) {
            from.image().ifPresent(words::add);
        }
        for (Flag flag : instruction.flags()) {
            ExpandedWords.flagValue(flag).ifPresent(words::add);
        }
        for (ExpandedWords.Expansion expansion : ExpandedWords.of(instruction)) {
            if (!words.contains(expansion.word())) {
                words.add(expansion.word());
            }
        }
        return words;
    }

    private static boolean tooLarge(ShellLexer lexer, String text, VariableScope scope) {
        try {
            lexer.process(text, scope::valueOrNull);
            return false;
        } catch (ExpansionTooLargeException e) {
            return true;
        } catch (ShellLexException e) {
            return false;
        }
    }

    private static void declare(Instruction instruction, Map<String, Word> declarations) {
        if (instruction instanceof ArgInstruction arg) {
            for (ArgDeclaration declaration : arg.declarations()) {
                declarations.put(declaration.name().text(), declaration.defaultValue().orElse(declaration.name()));
            }
        } else if (instruction instanceof EnvInstruction env) {
            for (KeyValue pair : env.pairs()) {
                declarations.put(pair.key().text(), pair.value());
            }
        }
    }

    private static void report(Word word, Map<String, Word> declarations, char escape, DockerfileContext context) {
        Set<String> chain = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(names(word, escape));
        while (!pending.isEmpty() && chain.size() < MAX_CHAIN) {
            String name = pending.removeFirst();
            Word declared = declarations.get(name);
            if (declared != null && chain.add(name)) {
                pending.addAll(names(declared, escape));
            }
        }
        String via = chain.isEmpty() ? "" : " (built from " + String.join(" ← ", chain.stream().limit(5).toList())
                + (chain.size() > 5 ? " ← …" : "") + ")";
        RuleContext.FindingBuilder finding = context.report(word.range(), "'" + abbreviate(word.text())
                + "' expands to more than 1 MiB (1,048,576 characters)" + via + ": variables that repeat each other"
                + " multiply the length (an expansion bomb). dlint stops expanding the word and keeps it as written,"
                + " so the instructions after it see the text, not the value. Build the value without repeating a"
                + " variable, or pass large data in a file.");
        for (String name : chain) {
            Word declared = declarations.get(name);
            finding.related(declared.range(), name + " is set here");
        }
    }

    private static List<String> names(Word word, char escape) {
        return VariableReferences.in(word.text(), escape).stream().map(VariableReferences.Reference::name)
                .distinct().toList();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
