package dev.dlint.syntax;

import dev.dlint.model.ArgInstruction;
import dev.dlint.model.BaseImage;
import dev.dlint.model.Comment;
import dev.dlint.model.Diagnostic;
import dev.dlint.model.Directive;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellCode;
import dev.dlint.model.ShellInstruction;
import dev.dlint.model.Stage;
import dev.dlint.syntax.antlr.DockerfileParser;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Turns a {@link SyntaxTree} into the typed {@link Dockerfile} model. */
final class ModelBuilder {

    private final SyntaxTree syntax;
    private final SourceText source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private ModelBuilder(SyntaxTree syntax) {
        this.syntax = syntax;
        this.source = syntax.source();
    }

    static Dockerfile build(String path, SyntaxTree syntax, BuildArgs buildArgs) {
        return new ModelBuilder(syntax).build(path, buildArgs);
    }

    private Dockerfile build(String path, BuildArgs buildArgs) {
        for (LineScanner.LineProblem p : syntax.lines().problems()) {
            diagnostics.add(new Diagnostic(p.kind(), p.message(), source.range(p.start(), p.end()), p.kind().isError()));
        }
        for (SyntaxTree.GrammarError e : syntax.grammarErrors()) {
            int at = syntax.virtualText().sourceOffset(Math.min(e.virtualIndex(), syntax.virtualText().text().length() - 1));
            diagnostics.add(Diagnostic.parserError("cannot parse this instruction: " + e.message(), source.range(at, at)));
        }
        List<Directive> directives = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        Map<LineItem, List<Comment>> precedingComments = precedingComments(directives, comments);
        List<Instruction> instructions = instructions(precedingComments);
        if (instructions.isEmpty() && !syntax.lines().items().isEmpty()
                && syntax.lines().items().stream().noneMatch(i -> i instanceof LineItem.Unreadable)) {
            diagnostics.add(Diagnostic.parserError("file with no instructions", source.range(0, 0)));
        } else if (syntax.lines().items().isEmpty()) {
            diagnostics.add(Diagnostic.parserError("file with no instructions", source.range(0, 0)));
        }
        List<ArgInstruction> globalArgs = new ArrayList<>();
        ScopeTracker scopes = new ScopeTracker(source, buildArgs, syntax.lines().escape(), instructions.size());
        List<Stage> stages = stages(instructions, globalArgs, scopes);
        diagnostics.sort(Comparator.comparing(Diagnostic::range));
        return new Dockerfile(path, source, syntax.lines().escape(), directives, comments, instructions, globalArgs,
                stages, DiagnosticCap.apply(diagnostics), scopes.scopes());
    }

    /**
     * Collects comments and directives, and for every instruction the comment lines since the previous
     * instruction (BuildKit's PrevComment: a bare {@code #} clears the list, blank lines do not).
     */
    private Map<LineItem, List<Comment>> precedingComments(List<Directive> directives, List<Comment> comments) {
        Map<LineItem, List<Comment>> result = new IdentityHashMap<>();
        List<Comment> pending = new ArrayList<>();
        for (LineItem item : syntax.lines().items()) {
            if (item instanceof LineItem.Directive) {
                LineItem.Directive d = (LineItem.Directive) item;
                int lineStart = source.lineStart(d.startLine());
                directives.add(new Directive(d.name(), d.value(), source.range(lineStart, source.lineContentEnd(d.startLine())),
                        source.range(d.nameStart(), d.nameEnd()), source.range(d.valueStart(), d.valueEnd())));
            } else if (item instanceof LineItem.Comment) {
                LineItem.Comment c = (LineItem.Comment) item;
                String text = source.text().substring(c.hashOffset() + 1, c.end()).strip();
                Comment comment = new Comment(text, source.range(c.hashOffset(), c.end()));
                comments.add(comment);
                if (text.isEmpty()) {
                    pending.clear();
                } else {
                    pending.add(comment);
                }
            } else if (item instanceof LineItem.Instruction) {
                result.put(item, List.copyOf(pending));
                pending.clear();
            }
        }
        return result;
    }

    private List<Instruction> instructions(Map<LineItem, List<Comment>> precedingComments) {
        List<Instruction> instructions = new ArrayList<>();
        List<VirtualText.Line> lines = syntax.virtualText().lines();
        int lineIndex = 0;
        for (DockerfileParser.InstructionContext ctx : syntax.tree().instruction()) {
            int start = ctx.getStart().getStartIndex();
            while (lineIndex < lines.size() && lines.get(lineIndex).end() <= start) {
                lineIndex++;
            }
            VirtualText.Line line = lines.get(lineIndex);
            InstructionBuilder builder = new InstructionBuilder(source, line, syntax.lines().escape(), diagnostics);
            instructions.add(builder.build(ctx.instructionBody(), instructions.size(),
                    precedingComments.getOrDefault(line.item(), List.of())));
        }
        return instructions;
    }

    /**
     * Groups instructions into stages, tracking variable scopes, resolving each stage's base and parsing each RUN's
     * shell code with the stage's shell. Analysed RUNs replace their placeholders in {@code instructions}.
     */
    private List<Stage> stages(List<Instruction> instructions, List<ArgInstruction> globalArgs, ScopeTracker scopes) {
        List<Stage> stages = new ArrayList<>();
        List<ShellCode.Kind> stageShells = new ArrayList<>();
        FromInstruction from = null;
        BaseImage base = null;
        ShellCode.Kind shell = ShellCode.Kind.POSIX;
        List<Instruction> body = new ArrayList<>();
        for (int i = 0; i < instructions.size(); i++) {
            Instruction instruction = instructions.get(i);
            if (instruction instanceof FromInstruction) {
                if (from != null) {
                    stages.add(new Stage(stages.size(), stageName(from), from, body, base));
                    stageShells.add(shell);
                }
                from = (FromInstruction) instruction;
                base = scopes.startStage(from, stageName(from));
                shell = ShellAnalysis.initialKind(base, stageShells);
                body = new ArrayList<>();
            } else if (from == null) {
                if (instruction instanceof ArgInstruction) {
                    globalArgs.add((ArgInstruction) instruction);
                    scopes.globalArg((ArgInstruction) instruction);
                } else {
                    diagnostics.add(Diagnostic.error(Diagnostic.Kind.BEFORE_FIRST_FROM, "no build stage in current context: "
                            + instruction.name() + " comes before the first FROM (only ARG may)",
                            instruction.keyword().range()));
                }
            } else {
                if (instruction instanceof ShellInstruction) {
                    shell = ShellAnalysis.kindOf((ShellInstruction) instruction, shell);
                }
                instruction = analysed(instruction, shell);
                instructions.set(i, instruction);
                body.add(instruction);
                scopes.instruction(instruction);
            }
        }
        if (from != null) {
            stages.add(new Stage(stages.size(), stageName(from), from, body, base));
        }
        return stages;
    }

    /** A RUN (or an ONBUILD RUN trigger) with its shell code parsed. */
    private Instruction analysed(Instruction instruction, ShellCode.Kind shell) {
        if (instruction instanceof RunInstruction) {
            return ShellAnalysis.analyse((RunInstruction) instruction, shell, source);
        }
        if (instruction instanceof OnbuildInstruction) {
            OnbuildInstruction onbuild = (OnbuildInstruction) instruction;
            if (onbuild.trigger().isPresent() && onbuild.trigger().get() instanceof RunInstruction) {
                RunInstruction trigger = ShellAnalysis.analyse((RunInstruction) onbuild.trigger().get(),
                        ShellCode.Kind.POSIX, source);
                return new OnbuildInstruction(onbuild.header(), Optional.of(trigger));
            }
        }
        return instruction;
    }

    private static Optional<String> stageName(FromInstruction from) {
        return from.stageName().map(w -> w.text().toLowerCase(Locale.ROOT));
    }
}
