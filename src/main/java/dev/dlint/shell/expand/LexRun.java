package dev.dlint.shell.expand;

import static dev.dlint.shell.expand.CodePointScanner.EOF;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The state of one {@link ShellLexer#process} call: the input position, the frame stack, and the
 * variables seen so far. Also holds the small readers the frames share.
 */
final class LexRun {

    private final LexerOptions options;
    private final ShellEnvironment environment;
    private final String input;
    private final CodePointScanner scanner;
    private final Set<String> matched = new LinkedHashSet<>();
    private final Set<String> unmatched = new LinkedHashSet<>();

    /** The longest text an expansion may produce, 1 MiB of characters (unless the input itself is longer). */
    static final int MAX_EXPANDED_LENGTH = 1 << 20;

    private final int lengthLimit;

    LexRun(LexerOptions options, ShellEnvironment environment, String input) {
        this.options = options;
        this.environment = environment;
        this.input = input;
        this.scanner = new CodePointScanner(input);
        this.lengthLimit = Math.max(MAX_EXPANDED_LENGTH, input.length());
    }

    LexResult execute() throws ShellLexException {
        WordCollector words = new WordCollector();
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(WordFrame.wholeInput(options.rawEscapes(), words));
        try {
            String word = evaluate(stack);
            return new LexResult(word, words.finish(), matched, unmatched);
        } catch (LexFailure failure) {
            if (failure.isTooLarge()) {
                throw new ExpansionTooLargeException(input, failure.getMessage(), lengthLimit);
            }
            throw new ShellLexException(input, explainAfterUnwinding(failure.getMessage(), stack));
        }
    }

    private String evaluate(Deque<Frame> stack) {
        while (true) {
            Frame.Step step = stack.element().run(this);
            if (step instanceof Frame.Step.Nest nest) {
                stack.push(nest.child());
            } else if (step instanceof Frame.Step.Done done) {
                stack.pop();
                if (stack.isEmpty()) {
                    return done.value();
                }
                stack.element().accept(done.value(), this);
            }
        }
    }

    /** Lets every enclosing frame rewrite the message, innermost first, like a Go error returned upwards. */
    private String explainAfterUnwinding(String reason, Deque<Frame> stack) {
        boolean inputExhausted = scanner.peek() == EOF;
        Iterator<Frame> frames = stack.iterator();
        frames.next(); // the frame that failed keeps its own message
        while (frames.hasNext()) {
            reason = frames.next().explainNestedFailure(reason, inputExhausted);
        }
        return reason;
    }

    /** Stops the run when a text of {@code length} characters would be longer than the limit. */
    void checkLength(long length) {
        if (length > lengthLimit) {
            throw LexFailure.tooLarge(lengthLimit);
        }
    }

    /** The limit {@link #checkLength} applies. */
    int lengthLimit() {
        return lengthLimit;
    }

    LexerOptions options() {
        return options;
    }

    CodePointScanner scanner() {
        return scanner;
    }

    /** A failure to throw; it aborts the run and becomes a {@link ShellLexException}. */
    LexFailure fail(String reason) {
        return new LexFailure(reason);
    }

    /** Looks a variable up and records whether it was set; returns {@code null} when it is not. */
    String lookup(String name) {
        String value = environment.lookup(name);
        if (value != null) {
            matched.add(name);
        } else {
            unmatched.add(name);
        }
        return value;
    }

    /** Whether the scanner is at <code>${</code>, which starts a frame rather than a simple expansion. */
    boolean atBraceExpansion() {
        return scanner.peek() == '$' && scanner.peekSecond() == '{';
    }

    /** Reads {@code $name} (or a lone {@code $}) and returns its expansion. */
    String readSimpleExpansion() {
        scanner.next();
        String name = readName();
        if (name.isEmpty()) {
            return "$";
        }
        String value = lookup(name);
        if (value == null) {
            return options.skipUnsetEnv() ? "$" + name : "";
        }
        return value;
    }

    /**
     * Reads a variable name: letters, digits and {@code _}; or all the digits of a positional parameter;
     * or one special parameter character. Returns an empty string if none is there.
     */
    String readName() {
        StringBuilder name = new StringBuilder();
        int next;
        while ((next = scanner.peek()) != EOF) {
            if (name.length() == 0 && Character.isDigit(next)) {
                while (scanner.peek() != EOF && Character.isDigit(scanner.peek())) {
                    name.appendCodePoint(scanner.next());
                }
                return name.toString();
            }
            if (name.length() == 0 && isSpecialParameter(next)) {
                return GoText.runeToString(scanner.next());
            }
            if (!Character.isLetter(next) && !Character.isDigit(next) && next != '_') {
                break;
            }
            name.appendCodePoint(scanner.next());
        }
        return name.toString();
    }

    private static boolean isSpecialParameter(int codePoint) {
        return switch (codePoint) {
            case '@', '*', '#', '?', '-', '$', '!', '0' -> true;
            default -> false;
        };
    }

    /** Reads a single-quoted string, in which every character is literal. */
    String readSingleQuoted() {
        StringBuilder text = new StringBuilder();
        appendQuoteIfRaw(text, scanner.next());
        while (true) {
            int next = scanner.next();
            if (next == EOF) {
                throw fail("unexpected end of statement while looking for matching single-quote");
            }
            if (next == '\'') {
                appendQuoteIfRaw(text, next);
                return text.toString();
            }
            text.appendCodePoint(next);
        }
    }

    void appendQuoteIfRaw(StringBuilder text, int quote) {
        if (options.rawQuotes()) {
            text.appendCodePoint(quote);
        }
    }

    /**
     * Reads a {@code <}. When it starts {@code <<}, the spaces, tabs and carriage returns after it are
     * kept with it, so that {@code << EOF} stays one word (BuildKit 0.22, moby/buildkit#5817).
     */
    String readRedirection() {
        scanner.next();
        if (scanner.peek() != '<') {
            return "<";
        }
        scanner.next();
        StringBuilder operator = new StringBuilder("<<");
        while (isHeredocBlank(scanner.peek())) {
            operator.appendCodePoint(scanner.next());
        }
        return operator.toString();
    }

    private static boolean isHeredocBlank(int codePoint) {
        return codePoint == ' ' || codePoint == '\t' || codePoint == '\r';
    }
}
