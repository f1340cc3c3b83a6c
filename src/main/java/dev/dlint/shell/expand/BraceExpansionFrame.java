package dev.dlint.shell.expand;

import static dev.dlint.shell.expand.CodePointScanner.EOF;

/**
 * A braced expansion: {@code ${name}}, {@code ${name<op>word}} with op one of {@code - + ? # %} (each
 * optionally preceded by {@code :}, though {@code :#} and {@code :%} are rejected), or
 * {@code ${name/pattern/replacement}} and {@code ${name//pattern/replacement}}.
 */
final class BraceExpansionFrame implements Frame {

    private static final String MISSING_BRACE = "syntax error: missing '}'";
    private static final String MISSING_SLASH = "syntax error: missing '/' in ${}";

    private enum Phase { HEADER, MODIFIER_WORD, PATTERN, REPLACEMENT_NEXT, REPLACEMENT, FINISHED }

    private Phase phase = Phase.HEADER;
    private String name;
    /** The modifier as written, such as {@code :-}; used in messages and when echoing unset variables. */
    private String modifier;
    private int operator;
    private boolean emptyMeansUnset;
    private boolean replaceAll;
    private String pattern;
    private String value;

    private BraceExpansionFrame() {
    }

    /** Consumes the <code>${</code> at the scanner position. */
    static BraceExpansionFrame open(LexRun run) {
        run.scanner().next();
        run.scanner().next();
        return new BraceExpansionFrame();
    }

    @Override
    public Step run(LexRun run) {
        switch (phase) {
            case HEADER:
                return readHeader(run);
            case REPLACEMENT_NEXT:
                phase = Phase.REPLACEMENT;
                return new Step.Nest(WordFrame.until('}', true));
            case FINISHED:
                return new Step.Done(value);
            default:
                throw new IllegalStateException("waiting for a nested word in phase " + phase);
        }
    }

    private Step readHeader(LexRun run) {
        CodePointScanner in = run.scanner();
        int first = in.peek();
        if (first == EOF) {
            throw run.fail(MISSING_BRACE);
        }
        if (first == '{' || first == '}' || first == ':') {
            throw run.fail("syntax error: bad substitution");
        }
        name = run.readName();
        int next = in.next();
        modifier = GoText.runeToString(next);
        switch (next) {
            case '}':
                return new Step.Done(expandPlain(run));
            case ':':
                emptyMeansUnset = true;
                next = in.next();
                modifier += GoText.runeToString(next);
                return readModifierWord(run, next);
            case '+', '-', '?', '#', '%':
                return readModifierWord(run, next);
            case '/':
                replaceAll = in.peek() == '/';
                if (replaceAll) {
                    in.next();
                }
                phase = Phase.PATTERN;
                return new Step.Nest(WordFrame.until('/', true));
            default:
                throw run.fail(unsupportedModifier());
        }
    }

    private String expandPlain(LexRun run) {
        String found = run.lookup(name);
        if (found == null) {
            return run.options().skipUnsetEnv() ? "${" + name + "}" : "";
        }
        return found;
    }

    /** Reads the word after any modifier, even an unsupported one, which is only reported afterwards. */
    private Step readModifierWord(LexRun run, int op) {
        operator = op;
        boolean isPattern = op == '#' || op == '%';
        if (emptyMeansUnset && isPattern) {
            throw run.fail(unsupportedModifier());
        }
        phase = Phase.MODIFIER_WORD;
        return new Step.Nest(WordFrame.until('}', isPattern));
    }

    @Override
    public void accept(String nestedValue, LexRun run) {
        switch (phase) {
            case MODIFIER_WORD -> finish(applyModifier(nestedValue, run));
            case PATTERN -> {
                pattern = nestedValue;
                phase = Phase.REPLACEMENT_NEXT;
            }
            case REPLACEMENT -> finish(substitute(nestedValue, run));
            default -> throw new IllegalStateException("unexpected nested word in phase " + phase);
        }
    }

    private void finish(String result) {
        value = result;
        phase = Phase.FINISHED;
    }

    private String applyModifier(String word, LexRun run) {
        String found = run.lookup(name);
        if (found == null && run.options().skipUnsetEnv()) {
            return "${" + name + modifier + word + "}";
        }
        boolean unsetOrEmpty = found == null || (emptyMeansUnset && found.isEmpty());
        switch (operator) {
            case '-':
                return unsetOrEmpty ? word : found;
            case '+':
                return unsetOrEmpty ? "" : word;
            case '?':
                if (found == null) {
                    throw run.fail(name + ": " + (word.isEmpty() ? "is not allowed to be unset" : word));
                }
                if (emptyMeansUnset && found.isEmpty()) {
                    throw run.fail(name + ": " + (word.isEmpty() ? "is not allowed to be empty" : word));
                }
                return found;
            case '#', '%':
                return trim(word, found == null ? "" : found, run);
            default:
                throw run.fail(unsupportedModifier());
        }
    }

    /** {@code #}/{@code %} remove the shortest matching prefix/suffix, {@code ##}/{@code %%} the longest. */
    private String trim(String word, String subject, LexRun run) {
        boolean longest = !word.isEmpty() && word.charAt(0) == operator;
        String glob = longest ? word.substring(1) : word;
        try {
            return operator == '#'
                    ? PatternSubstitution.trimPrefix(subject, glob, longest)
                    : PatternSubstitution.trimSuffix(subject, glob, longest);
        } catch (InvalidPatternException e) {
            throw run.fail(e.getMessage());
        }
    }

    private String substitute(String replacement, LexRun run) {
        String found = run.lookup(name);
        if (found == null && run.options().skipUnsetEnv()) {
            // BuildKit prints a replace-all back with a single slash too.
            return "${" + name + "/" + pattern + "/" + replacement + "}";
        }
        String subject = found == null ? "" : found;
        try {
            return replaceAll
                    ? PatternSubstitution.replaceAll(subject, pattern, replacement, run.lengthLimit())
                    : PatternSubstitution.replaceFirst(subject, pattern, replacement);
        } catch (InvalidPatternException e) {
            throw run.fail(e.getMessage());
        }
    }

    private String unsupportedModifier() {
        return "unsupported modifier (" + modifier + ") in substitution";
    }

    @Override
    public String explainNestedFailure(String reason, boolean inputExhausted) {
        if (!inputExhausted) {
            return reason;
        }
        return phase == Phase.PATTERN ? MISSING_SLASH : MISSING_BRACE;
    }
}
