package dev.dlint.command;

import dev.dlint.shell.script.Assignment;
import dev.dlint.shell.script.SimpleCommand;
import dev.dlint.shell.script.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a {@link SimpleCommand} into an {@link Invocation}: looks through wrappers, then reads the tool's arguments. */
final class InvocationReader {
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);

    private final ToolRegistry registry;

    InvocationReader(ToolRegistry registry) {
        this.registry = registry;
    }

    Optional<Invocation> read(SimpleCommand command) {
        List<Word> words = command.words();
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<EnvironmentAssignment> environment = new ArrayList<>();
        for (Assignment assignment : command.assignments()) {
            environment.add(new EnvironmentAssignment(assignment.name(), assignment.value().unquoted(),
                    assignment.value().isStatic(), new Span(assignment.start(), assignment.end()), ""));
        }
        List<Wrapper> wrappers = new ArrayList<>();
        boolean stdin = false;
        int at = 0;
        while (true) {
            Optional<String> literal = words.get(at).literal();
            if (literal.isEmpty()) {
                return Optional.empty();
            }
            String name = basename(literal.get());
            Optional<WrapperSpec> wrapper = registry.wrapper(name);
            if (wrapper.isPresent()) {
                int next = unwrap(wrapper.get(), words, at, name, wrappers, environment);
                if (next > at) {
                    stdin |= wrapper.get().feedsStandardInput();
                    at = next;
                    continue;
                }
            }
            ToolSpec spec = registry.lookup(name).orElse(null);
            ArgumentParser parser = new ArgumentParser(words, at, spec, name, name, false);
            parser.run();
            return Optional.of(new Invocation(command, parser.toolName(), parser.spelled(), parser.nameWord(),
                    parser.spec(), parser.front(), parser.path(), parser.options(), parser.operands(), wrappers, environment,
                    stdin));
        }
    }

    /**
     * Reads the wrapper named at {@code at}; when it runs a command, records the wrapper and its assignments and returns the
     * index of the command's name, otherwise returns {@code at}.
     */
    private static int unwrap(WrapperSpec spec, List<Word> words, int at, String name, List<Wrapper> wrappers,
                              List<EnvironmentAssignment> environment) {
        ArgumentParser parser = new ArgumentParser(words, at, spec.tool(), name, name, true);
        int next = parser.run();
        for (Option option : parser.options()) {
            if (spec.nonWrapping().contains(option.name())) {
                return at;
            }
        }
        List<Operand> own = new ArrayList<>();
        for (int k = 0; k < spec.leadingOperands() && next < words.size(); k++, next++) {
            own.add(new Operand(words.get(next), words.get(next).unquoted(), false, false));
        }
        List<EnvironmentAssignment> assignments = new ArrayList<>();
        while (spec.takesAssignments() && next < words.size() && isAssignment(words.get(next))) {
            Word word = words.get(next);
            String text = word.unquoted();
            int equals = text.indexOf('=');
            String value = text.substring(equals + 1);
            boolean isStatic = WordText.of(word).isLiteral(equals + 1, text.length());
            assignments.add(new EnvironmentAssignment(text.substring(0, equals), value, isStatic,
                    new Span(word.start(), word.end()), spec.name()));
            next++;
        }
        if (next >= words.size() || own.size() < spec.leadingOperands()) {
            return at;
        }
        Word last = words.get(next - 1);
        wrappers.add(new Wrapper(spec.name(), words.get(at), new Span(words.get(at).start(), last.end()),
                parser.options(), own));
        environment.addAll(assignments);
        return next;
    }

    private static boolean isAssignment(Word word) {
        WordText text = WordText.of(word);
        int equals = text.text().indexOf('=');
        return equals > 0 && text.isLiteral(0, equals + 1) && ASSIGNMENT.matcher(text.text()).matches();
    }

    static String basename(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 || slash == path.length() - 1 ? path : path.substring(slash + 1);
    }
}
