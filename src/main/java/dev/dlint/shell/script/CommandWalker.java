package dev.dlint.shell.script;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists every {@link SimpleCommand} of a script in source order, with its {@link CommandInContext context}: commands in
 * compound commands, function bodies, command substitutions, unquoted here-document bodies, and in the static string
 * argument of {@code sh -c}, {@code bash -c}, {@code su -c} and similar, which is parsed on the way. Syntax errors in such a
 * nested string are not reported; the commands found before them are listed.
 */
public final class CommandWalker {
    /** How many {@code sh -c} strings may nest inside one another before the walker stops looking inside them. */
    private static final int MAX_NESTED_SHELLS = 8;

    private CommandWalker() {
    }

    /** The simple commands of {@code parsed}, in source order. */
    public static List<CommandInContext> commands(ParsedScript parsed) {
        Walk walk = new Walk(parsed.source());
        walk.run(parsed.script());
        List<CommandInContext> found = walk.found;
        found.sort(Comparator.comparingInt(c -> c.command().start()));
        return List.copyOf(found);
    }

    /**
     * What the walk knows about the current position.
     *
     * @param nestedShells how many {@code sh -c} strings enclose the position
     */
    private record Frame(Set<ExecutionContext> contexts, Pipeline pipeline, int pipelineIndex, SimpleCommand launcher,
                         int nestedShells) {
        static Frame top() {
            return new Frame(EnumSet.noneOf(ExecutionContext.class), null, -1, null, 0);
        }

        Frame with(ExecutionContext context) {
            if (contexts.contains(context)) {
                return this;
            }
            EnumSet<ExecutionContext> more = EnumSet.copyOf(contexts);
            more.add(context);
            return new Frame(more, pipeline, pipelineIndex, launcher, nestedShells);
        }

        Frame inPipeline(Pipeline newPipeline, int index) {
            return new Frame(contexts, newPipeline, index, launcher, nestedShells).with(ExecutionContext.PIPELINE);
        }

        /** A frame for a new script (command substitution or nested shell), which starts outside any pipeline. */
        Frame newScript(ExecutionContext context, SimpleCommand newLauncher, int newNestedShells) {
            EnumSet<ExecutionContext> next = EnumSet.copyOf(contexts);
            next.remove(ExecutionContext.PIPELINE);
            next.add(context);
            return new Frame(next, null, -1, newLauncher, newNestedShells);
        }
    }

    /**
     * One walk; collects into {@link #found}. The walk keeps its own stack of pending visits instead of recursing, so deep
     * trees cannot exhaust the thread's stack: each visit hands its children to {@link #then(Runnable)}, and they run in
     * that order before the visits queued earlier.
     */
    private static final class Walk {
        private final String source;
        private final List<CommandInContext> found = new ArrayList<>();
        private final Deque<Runnable> pending = new ArrayDeque<>();
        private List<Runnable> children = new ArrayList<>();

        Walk(String source) {
            this.source = source;
        }

        void run(Script root) {
            pending.push(() -> script(root, Frame.top(), Connector.NONE));
            while (!pending.isEmpty()) {
                children = new ArrayList<>();
                pending.pop().run();
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }

        private void then(Runnable visit) {
            children.add(visit);
        }

        private void script(Script script, Frame frame, Connector first) {
            List<Statement> statements = script.statements();
            for (int i = 0; i < statements.size(); i++) {
                Connector connector = i == 0 ? first
                        : statements.get(i - 1).terminator().map(Operator::kind).orElse(Connector.NONE);
                Statement statement = statements.get(i);
                then(() -> statement(statement, frame, connector));
            }
        }

        private void statement(Statement statement, Frame frame, Connector connector) {
            Frame base = statement.isBackground() ? frame.with(ExecutionContext.BACKGROUND) : frame;
            List<Pipeline> pipelines = statement.pipelines();
            List<Operator> operators = statement.operators();
            for (int i = 0; i < pipelines.size(); i++) {
                Frame pipelineFrame = base;
                if (i < operators.size() && operators.get(i).kind() == Connector.OR) {
                    pipelineFrame = pipelineFrame.with(ExecutionContext.CONDITION);
                }
                if (i > 0 && operators.get(i - 1).kind() == Connector.OR) {
                    pipelineFrame = pipelineFrame.with(ExecutionContext.BRANCH);
                }
                Pipeline pipeline = pipelines.get(i);
                Frame next = pipelineFrame;
                Connector pipelineConnector = i == 0 ? connector : operators.get(i - 1).kind();
                then(() -> pipeline(pipeline, next, pipelineConnector));
            }
        }

        private void pipeline(Pipeline pipeline, Frame frame, Connector connector) {
            Frame base = pipeline.negated() ? frame.with(ExecutionContext.CONDITION) : frame;
            List<Command> commands = pipeline.commands();
            for (int i = 0; i < commands.size(); i++) {
                Frame commandFrame = commands.size() > 1 ? base.inPipeline(pipeline, i) : base;
                Command command = commands.get(i);
                Connector commandConnector = i == 0 ? connector : pipeline.operators().get(i - 1).kind();
                then(() -> command(command, commandFrame, commandConnector));
            }
        }

        private void command(Command command, Frame frame, Connector connector) {
            if (command instanceof SimpleCommand) {
                simple((SimpleCommand) command, frame, connector);
            } else if (command instanceof FunctionDefinition) {
                command(((FunctionDefinition) command).body(), frame.with(ExecutionContext.FUNCTION_BODY), Connector.NONE);
            } else {
                compound((CompoundCommand) command, frame, connector);
                for (Redirection redirection : ((CompoundCommand) command).redirections()) {
                    redirection(redirection, frame);
                }
            }
        }

        private void compound(CompoundCommand command, Frame frame, Connector connector) {
            if (command instanceof Subshell) {
                script(((Subshell) command).body(), frame.with(ExecutionContext.SUBSHELL), connector);
            } else if (command instanceof BraceGroup) {
                script(((BraceGroup) command).body(), frame, connector);
            } else if (command instanceof IfCommand) {
                IfCommand ifCommand = (IfCommand) command;
                Frame condition = frame.with(ExecutionContext.CONDITION);
                Frame branch = frame.with(ExecutionContext.BRANCH);
                boolean first = true;
                for (IfBranch ifBranch : ifCommand.branches()) {
                    script(ifBranch.condition(), first ? condition : condition.with(ExecutionContext.BRANCH),
                            first ? connector : Connector.NONE);
                    script(ifBranch.body(), branch, Connector.NONE);
                    first = false;
                }
                ifCommand.elseBody().ifPresent(body -> script(body, branch, Connector.NONE));
            } else if (command instanceof WhileLoop) {
                WhileLoop loop = (WhileLoop) command;
                script(loop.condition(), frame.with(ExecutionContext.CONDITION), connector);
                script(loop.body(), frame.with(ExecutionContext.LOOP_BODY), Connector.NONE);
            } else if (command instanceof ForLoop) {
                ForLoop loop = (ForLoop) command;
                loop.items().ifPresent(items -> items.forEach(item -> word(item, frame)));
                script(loop.body(), frame.with(ExecutionContext.LOOP_BODY), connector);
            } else if (command instanceof CaseCommand) {
                CaseCommand caseCommand = (CaseCommand) command;
                word(caseCommand.subject(), frame);
                Frame branch = frame.with(ExecutionContext.BRANCH);
                for (CaseItem item : caseCommand.items()) {
                    item.patterns().forEach(pattern -> word(pattern, frame));
                    script(item.body(), branch, Connector.NONE);
                }
            }
            // ArithmeticCommand: nothing runs inside
        }

        private void simple(SimpleCommand command, Frame frame, Connector connector) {
            found.add(new CommandInContext(command, connector, frame.contexts(), Optional.ofNullable(frame.pipeline()),
                    frame.pipelineIndex(), Optional.ofNullable(frame.launcher())));
            Optional<ShellCommandString> nested = ShellCommandString.of(command);
            List<Node> items = new ArrayList<>(command.assignments());
            items.addAll(command.words());
            items.addAll(command.redirections());
            items.sort(Comparator.comparingInt(Node::start));
            for (Node item : items) {
                if (item instanceof Assignment) {
                    word(((Assignment) item).value(), frame);
                } else if (item instanceof Word) {
                    word((Word) item, frame);
                    if (nested.isPresent() && nested.get().word() == item) {
                        nestedShell(command, nested.get(), frame);
                    }
                } else {
                    redirection((Redirection) item, frame);
                }
            }
        }

        private void nestedShell(SimpleCommand launcher, ShellCommandString string, Frame frame) {
            if (frame.nestedShells() >= MAX_NESTED_SHELLS) {
                return;
            }
            ParsedScript parsed = ShellParser.parse(string.script(), string.positionsIn(source));
            script(parsed.script(), frame.newScript(ExecutionContext.NESTED_SHELL, launcher, frame.nestedShells() + 1),
                    Connector.NONE);
        }

        private void redirection(Redirection redirection, Frame frame) {
            word(redirection.target(), frame);
            redirection.hereDocument().ifPresent(document -> word(document.body(), frame));
        }

        private void word(Word word, Frame frame) {
            parts(word.parts(), frame);
        }

        private void parts(List<WordPart> parts, Frame frame) {
            for (WordPart part : parts) {
                if (part instanceof CommandSubstitution) {
                    script(((CommandSubstitution) part).script(),
                            frame.newScript(ExecutionContext.COMMAND_SUBSTITUTION, frame.launcher(), frame.nestedShells()),
                            Connector.NONE);
                } else if (part instanceof ParameterExpansion) {
                    List<WordPart> operand = ((ParameterExpansion) part).operand();
                    then(() -> parts(operand, frame));
                }
            }
        }
    }
}
