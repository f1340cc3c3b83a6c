package dev.dlint.syntax;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.CmdInstruction;
import dev.dlint.model.CommandLine;
import dev.dlint.model.Comment;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Diagnostic;
import dev.dlint.model.EntrypointInstruction;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.ExposeInstruction;
import dev.dlint.model.FileSource;
import dev.dlint.model.FileTransfer;
import dev.dlint.model.Flag;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.HealthcheckInstruction;
import dev.dlint.model.Heredoc;
import dev.dlint.model.Instruction;
import dev.dlint.model.InstructionHeader;
import dev.dlint.model.KeyValue;
import dev.dlint.model.Keyword;
import dev.dlint.model.LabelInstruction;
import dev.dlint.model.MaintainerInstruction;
import dev.dlint.model.Mount;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellCode;
import dev.dlint.model.ShellInstruction;
import dev.dlint.model.StopsignalInstruction;
import dev.dlint.model.UnknownInstruction;
import dev.dlint.model.UserInstruction;
import dev.dlint.model.VolumeInstruction;
import dev.dlint.model.Word;
import dev.dlint.model.WorkdirInstruction;
import dev.dlint.syntax.antlr.DockerfileParser;
import dev.dlint.text.GoQuote;
import dev.dlint.text.GoSpace;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds one typed instruction from its parse tree and reports what BuildKit's instruction layer would reject
 * ({@code instructions/parse.go}): argument counts, flags, stage names, heredoc destinations, unknown keywords.
 */
final class InstructionBuilder {

    private static final List<String> KEYWORDS = List.of("ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE",
            "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME",
            "WORKDIR");

    private final SourceText source;
    private final Located at;
    private final LineItem.Instruction item;
    private final List<Diagnostic> diagnostics;
    private final char escape;

    InstructionBuilder(SourceText source, VirtualText.Line line, char escape, List<Diagnostic> diagnostics) {
        this.source = source;
        this.escape = escape;
        this.at = new Located(source, line);
        this.item = (LineItem.Instruction) line.item();
        this.diagnostics = diagnostics;
    }

    /** The instruction for a top-level line. */
    Instruction build(DockerfileParser.InstructionBodyContext body, int index, List<Comment> comments) {
        SourceRange range = instructionRange();
        return build(body, index, comments, range, item.shape());
    }

    private SourceRange instructionRange() {
        int start = at.logical().sourceOffset(0);
        int end = at.logical().sourceEnd(at.logical().length());
        for (LineItem.HeredocBody body : item.heredocBodies()) {
            end = body.terminated() ? body.terminatorEnd() : Math.max(end, trimmedEnd(body.contentEnd()));
        }
        return source.range(start, end);
    }

    private int trimmedEnd(int end) {
        int e = end;
        while (e > 0 && (source.text().charAt(e - 1) == '\n' || source.text().charAt(e - 1) == '\r')) {
            e--;
        }
        return e;
    }

    private Instruction build(DockerfileParser.InstructionBodyContext body, int index, List<Comment> comments,
                              SourceRange range, InstructionShape shape) {
        if (shape.json() instanceof JsonArgs.NonStringElement) {
            JsonArgs.NonStringElement bad = (JsonArgs.NonStringElement) shape.json();
            diagnostics.add(Diagnostic.parserError("when using JSON array syntax, arrays must be comprised of strings only",
                    at.range(bad.start(), bad.end())));
        }
        ParserRuleContext ctx = (ParserRuleContext) body.getChild(0);
        Token keywordToken = ((TerminalNode) ctx.getChild(0)).getSymbol();
        Keyword keyword = new Keyword(keywordToken.getText(), at.range(keywordToken));
        DockerfileParser.FlagsContext flagsCtx = ctx.getRuleContext(DockerfileParser.FlagsContext.class, 0);
        List<Flag> flags = flags(flagsCtx);
        int restEnd = at.logical().length();
        int instructionStart = at.offset(keywordToken);
        InstructionHeader header = new InstructionHeader(index, keyword, flags, comments,
                index >= 0 ? range : at.range(instructionStart, restEnd), at.logical().text().substring(instructionStart));
        Instruction instruction = typed(ctx, header, shape);
        boolean healthcheckNone = instruction instanceof HealthcheckInstruction && ((HealthcheckInstruction) instruction).isNone();
        diagnostics.addAll(FlagRules.check(keyword.text(), flags, healthcheckNone));
        return instruction;
    }

    private Instruction typed(ParserRuleContext ctx, InstructionHeader h, InstructionShape shape) {
        if (ctx instanceof DockerfileParser.FromInstructionContext) {
            return from((DockerfileParser.FromInstructionContext) ctx, h);
        }
        if (ctx instanceof DockerfileParser.RunInstructionContext) {
            return run((DockerfileParser.RunInstructionContext) ctx, h);
        }
        if (ctx instanceof DockerfileParser.CmdInstructionContext) {
            return new CmdInstruction(h, command(((DockerfileParser.CmdInstructionContext) ctx).command()));
        }
        if (ctx instanceof DockerfileParser.EntrypointInstructionContext) {
            return new EntrypointInstruction(h, command(((DockerfileParser.EntrypointInstructionContext) ctx).command()));
        }
        if (ctx instanceof DockerfileParser.ShellInstructionContext) {
            return shell((DockerfileParser.ShellInstructionContext) ctx, h);
        }
        if (ctx instanceof DockerfileParser.CopyInstructionContext) {
            return new CopyInstruction(h, transfer(((DockerfileParser.CopyInstructionContext) ctx).paths(), h));
        }
        if (ctx instanceof DockerfileParser.AddInstructionContext) {
            return new AddInstruction(h, transfer(((DockerfileParser.AddInstructionContext) ctx).paths(), h));
        }
        if (ctx instanceof DockerfileParser.VolumeInstructionContext) {
            return volume((DockerfileParser.VolumeInstructionContext) ctx, h);
        }
        if (ctx instanceof DockerfileParser.ExposeInstructionContext) {
            List<Word> ports = words(((DockerfileParser.ExposeInstructionContext) ctx).words());
            requireArguments(h, !ports.isEmpty(), "EXPOSE requires at least one argument");
            return new ExposeInstruction(h, ports);
        }
        if (ctx instanceof DockerfileParser.EnvInstructionContext) {
            return new EnvInstruction(h, pairs(((DockerfileParser.EnvInstructionContext) ctx).keyValues(), h, "ENV"));
        }
        if (ctx instanceof DockerfileParser.LabelInstructionContext) {
            return new LabelInstruction(h, pairs(((DockerfileParser.LabelInstructionContext) ctx).keyValues(), h, "LABEL"));
        }
        if (ctx instanceof DockerfileParser.ArgInstructionContext) {
            return arg((DockerfileParser.ArgInstructionContext) ctx, h);
        }
        if (ctx instanceof DockerfileParser.HealthcheckInstructionContext) {
            return healthcheck((DockerfileParser.HealthcheckInstructionContext) ctx, h);
        }
        if (ctx instanceof DockerfileParser.OnbuildInstructionContext) {
            return onbuild((DockerfileParser.OnbuildInstructionContext) ctx, h, shape.trigger());
        }
        if (ctx instanceof DockerfileParser.MaintainerInstructionContext) {
            return new MaintainerInstruction(h, single(((DockerfileParser.MaintainerInstructionContext) ctx).text(), h));
        }
        if (ctx instanceof DockerfileParser.UserInstructionContext) {
            return new UserInstruction(h, single(((DockerfileParser.UserInstructionContext) ctx).text(), h));
        }
        if (ctx instanceof DockerfileParser.WorkdirInstructionContext) {
            return new WorkdirInstruction(h, single(((DockerfileParser.WorkdirInstructionContext) ctx).text(), h));
        }
        if (ctx instanceof DockerfileParser.StopsignalInstructionContext) {
            return new StopsignalInstruction(h, single(((DockerfileParser.StopsignalInstructionContext) ctx).text(), h));
        }
        String kw = h.keyword().text();
        Optional<String> suggestion = Suggestions.closest(kw, KEYWORDS);
        diagnostics.add(Diagnostic.error("unknown instruction: " + kw
                + suggestion.map(s -> " (did you mean " + s + "?)").orElse(""), h.keyword().range()));
        return new UnknownInstruction(h);
    }

    // ---- instructions -------------------------------------------------------------------------------------------

    private FromInstruction from(DockerfileParser.FromInstructionContext ctx, InstructionHeader h) {
        List<Word> args = words(ctx.words());
        Optional<Word> image = args.isEmpty() ? Optional.empty() : Optional.of(args.get(0));
        Optional<Word> as = Optional.empty();
        Optional<Word> name = Optional.empty();
        if (args.size() == 3 && args.get(1).text().equalsIgnoreCase("as")) {
            as = Optional.of(args.get(1));
            name = Optional.of(args.get(2));
            String lower = args.get(2).text().toLowerCase(Locale.ROOT);
            if (!lower.matches("[a-z][a-z0-9-_.]*")) {
                diagnostics.add(Diagnostic.error("invalid name for build stage: " + GoQuote.quote(args.get(2).text())
                        + ", name can't start with a number or contain symbols", args.get(2).range()));
            }
        } else if (args.size() != 1) {
            SourceRange where = args.size() > 1 ? args.get(1).range().union(args.get(args.size() - 1).range())
                    : h.keyword().range();
            diagnostics.add(Diagnostic.error("FROM requires either one or three arguments (image [AS name])", where));
        }
        return new FromInstruction(h, args, image, as, name);
    }

    private RunInstruction run(DockerfileParser.RunInstructionContext ctx, InstructionHeader h) {
        List<Mount> mounts = new ArrayList<>();
        for (Flag flag : h.flags("mount")) {
            mounts.add(Mounts.parse(flag));
        }
        return new RunInstruction(h, command(ctx.command()), heredocs(), mounts, ShellCode.none(ShellCode.Kind.POSIX));
    }

    private ShellInstruction shell(DockerfileParser.ShellInstructionContext ctx, InstructionHeader h) {
        Optional<CommandLine> command = command(ctx.command());
        if (command.isEmpty() || (command.get() instanceof CommandLine.Exec
                && ((CommandLine.Exec) command.get()).arguments().isEmpty())) {
            diagnostics.add(Diagnostic.error("SHELL requires at least one argument", h.keyword().range()));
        } else if (command.get() instanceof CommandLine.Shell) {
            diagnostics.add(Diagnostic.error("SHELL requires the arguments to be in JSON form, e.g. SHELL [\"/bin/sh\", \"-c\"]",
                    command.get().range()));
        }
        return new ShellInstruction(h, command);
    }

    private VolumeInstruction volume(DockerfileParser.VolumeInstructionContext ctx, InstructionHeader h) {
        List<Word> paths = paths(ctx.paths());
        requireArguments(h, !paths.isEmpty(), "VOLUME requires at least one argument");
        for (Word path : paths) {
            if (path.text().isBlank()) {
                diagnostics.add(Diagnostic.error("VOLUME specified can not be an empty string", path.range()));
            }
        }
        return new VolumeInstruction(h, paths, ctx.paths() != null && ctx.paths().jsonArray() != null);
    }

    private ArgInstruction arg(DockerfileParser.ArgInstructionContext ctx, InstructionHeader h) {
        List<ArgDeclaration> declarations = new ArrayList<>();
        for (Word word : keyValueWords(ctx.keyValues())) {
            int eq = word.text().indexOf('=');
            if (eq == 0) {
                diagnostics.add(Diagnostic.error("ARG names can not be blank", word.range()));
            }
            Word name = eq < 0 ? word : word.sub(0, eq);
            Optional<Word> value = eq < 0 ? Optional.empty() : Optional.of(word.sub(eq + 1, word.text().length()));
            declarations.add(new ArgDeclaration(name, value, word));
        }
        requireArguments(h, !declarations.isEmpty(), "ARG requires at least one argument");
        return new ArgInstruction(h, declarations);
    }

    private HealthcheckInstruction healthcheck(DockerfileParser.HealthcheckInstructionContext ctx, InstructionHeader h) {
        if (ctx.healthcheckType() == null) {
            diagnostics.add(Diagnostic.error("HEALTHCHECK requires at least one argument", h.keyword().range()));
            return new HealthcheckInstruction(h, Optional.empty(), Optional.empty());
        }
        Word type = at.word(ctx.healthcheckType().getStart());
        Optional<CommandLine> command = command(ctx.command());
        String upper = type.text().toUpperCase(Locale.ROOT);
        if (upper.equals("NONE")) {
            command.ifPresent(c -> diagnostics.add(Diagnostic.error("HEALTHCHECK NONE takes no arguments", c.range())));
        } else if (!upper.equals("CMD")) {
            diagnostics.add(Diagnostic.error("Unknown type " + GoQuote.quote(upper) + " in HEALTHCHECK (try CMD)",
                    type.range()));
        } else if (command.isEmpty() || (command.get() instanceof CommandLine.Exec
                && ((CommandLine.Exec) command.get()).arguments().isEmpty())) {
            diagnostics.add(Diagnostic.error("Missing command after HEALTHCHECK CMD", type.range()));
        }
        return new HealthcheckInstruction(h, Optional.of(type), command);
    }

    private OnbuildInstruction onbuild(DockerfileParser.OnbuildInstructionContext ctx, InstructionHeader h,
                                       InstructionShape triggerShape) {
        if (ctx.instructionBody() == null) {
            diagnostics.add(Diagnostic.error("ONBUILD requires at least one argument", h.keyword().range()));
            return new OnbuildInstruction(h, Optional.empty());
        }
        Instruction trigger = build(ctx.instructionBody(), -1, List.of(), null, triggerShape);
        String name = trigger.keyword().upper();
        if (name.equals("ONBUILD")) {
            diagnostics.add(Diagnostic.error(Diagnostic.Kind.FORBIDDEN_ONBUILD_TRIGGER,
                    "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", trigger.keyword().range()));
        } else if (name.equals("FROM") || name.equals("MAINTAINER")) {
            diagnostics.add(Diagnostic.error(Diagnostic.Kind.FORBIDDEN_ONBUILD_TRIGGER,
                    name + " isn't allowed as an ONBUILD trigger", trigger.keyword().range()));
        }
        return new OnbuildInstruction(h, Optional.of(trigger));
    }

    // ---- arguments ----------------------------------------------------------------------------------------------

    private List<Flag> flags(DockerfileParser.FlagsContext ctx) {
        List<Flag> flags = new ArrayList<>();
        if (ctx == null) {
            return flags;
        }
        for (ParseTree child : ctx.children == null ? List.<ParseTree>of() : ctx.children) {
            Token token = ((TerminalNode) child).getSymbol();
            if (token.getType() == DockerfileParser.FLAGS_END) {
                break;
            }
            if (token.getType() == DockerfileParser.FLAG) {
                Flag flag = flag(token);
                if (flag == null) {
                    break; // a quoted "--" also ends the flags
                }
                flags.add(flag);
            }
        }
        return flags;
    }

    private Flag flag(Token token) {
        Word word = at.word(token);
        String value = FlagWords.value(word.text(), 0, word.text().length());
        if (value.equals("--")) {
            return null;
        }
        String body = value.substring(2);
        int eq = body.indexOf('=');
        int rawEq = word.text().indexOf('=');
        String name = eq < 0 ? body : body.substring(0, eq);
        Optional<String> flagValue = eq < 0 ? Optional.empty() : Optional.of(body.substring(eq + 1));
        int nameEnd = rawEq < 0 ? word.text().length() : rawEq;
        SourceRange valueRange = rawEq < 0 ? word.range(nameEnd, nameEnd) : word.range(rawEq + 1, word.text().length());
        return new Flag(name, flagValue, word, word.range(0, nameEnd), valueRange);
    }

    private Optional<CommandLine> command(DockerfileParser.CommandContext ctx) {
        if (ctx == null) {
            return Optional.empty();
        }
        if (ctx.jsonArray() != null) {
            return Optional.of(new CommandLine.Exec(jsonStrings(ctx.jsonArray()), at.word(ctx.jsonArray().getStart(),
                    ctx.jsonArray().getStop()).range()));
        }
        return Optional.of(new CommandLine.Shell(at.word(ctx.text().getStart(), ctx.text().getStop())));
    }

    private List<Word> jsonStrings(DockerfileParser.JsonArrayContext ctx) {
        JsonArgs.Result result = JsonArgs.parse(at.logical().text(), at.offset(ctx.getStart()), at.end(ctx.getStop()));
        List<Word> strings = new ArrayList<>();
        if (result instanceof JsonArgs.Strings) {
            for (JsonArgs.Element element : ((JsonArgs.Strings) result).elements()) {
                int[] span = at.logical().sourceSpan(element.start(), element.end());
                strings.add(Word.decoded(element.value(), source, span[0], span[1]));
            }
        }
        return strings;
    }

    private List<Word> words(DockerfileParser.WordsContext ctx) {
        List<Word> words = new ArrayList<>();
        if (ctx == null) {
            return words;
        }
        for (ParseTree child : ctx.children) {
            Token token = ((TerminalNode) child).getSymbol();
            if (token.getType() != DockerfileParser.WORDS_WS) {
                words.add(at.word(token));
            }
        }
        return words;
    }

    private List<Word> paths(DockerfileParser.PathsContext ctx) {
        if (ctx == null) {
            return List.of();
        }
        return ctx.jsonArray() != null ? jsonStrings(ctx.jsonArray()) : words(ctx.words());
    }

    private FileTransfer transfer(DockerfileParser.PathsContext ctx, InstructionHeader h) {
        List<Word> args = paths(ctx);
        String name = h.keyword().upper();
        if (args.size() < 2) {
            diagnostics.add(Diagnostic.error(name + " requires at least two arguments, but only "
                    + (args.isEmpty() ? "none was" : "one was") + " provided. Destination could not be determined",
                    args.isEmpty() ? h.keyword().range() : args.get(0).range()));
            return new FileTransfer(args, args.stream().<FileSource>map(FileSource.Path::new).toList(),
                    Optional.empty(), List.of(), ctx != null && ctx.jsonArray() != null);
        }
        Word destination = args.get(args.size() - 1);
        if (HeredocFinder.parse(destination.text(), 0, 0) != null) {
            diagnostics.add(Diagnostic.error(name + " cannot accept a heredoc as a destination", destination.range()));
        }
        List<Heredoc> heredocs = heredocs();
        List<FileSource> sources = new ArrayList<>();
        for (Word arg : args.subList(0, args.size() - 1)) {
            HeredocMarker marker = HeredocFinder.parse(arg.text(), 0, 0);
            Optional<Heredoc> body = marker == null ? Optional.empty() : heredocs.stream()
                    .filter(d -> d.name().equals(marker.name())).reduce((first, second) -> second);
            sources.add(body.<FileSource>map(FileSource.Inline::new).orElseGet(() -> new FileSource.Path(arg)));
        }
        return new FileTransfer(args, sources, Optional.of(destination), heredocs, ctx.jsonArray() != null);
    }

    private List<Heredoc> heredocs() {
        List<Heredoc> heredocs = new ArrayList<>();
        for (LineItem.HeredocBody body : item.heredocBodies()) {
            HeredocMarker m = body.marker();
            Word marker = at.word(m.start(), m.end());
            Word content = Word.contiguous(source, body.contentStart(), body.contentEnd());
            Optional<SourceRange> terminator = body.terminated()
                    ? Optional.of(source.range(body.terminatorStart(), body.terminatorEnd())) : Optional.empty();
            heredocs.add(new Heredoc(m.name(), m.fd(), m.chomp(), m.expand(), marker, content, terminator));
        }
        return heredocs;
    }

    private List<Word> keyValueWords(DockerfileParser.KeyValuesContext ctx) {
        List<Word> words = new ArrayList<>();
        if (ctx == null) {
            return words;
        }
        for (ParseTree child : ctx.children) {
            Token token = ((TerminalNode) child).getSymbol();
            if (token.getType() == DockerfileParser.KV_WORD) {
                Word word = at.word(token);
                words.add(KeyValueWords.dropTrailingEscape(word, escape));
            }
        }
        return words;
    }

    private List<KeyValue> pairs(DockerfileParser.KeyValuesContext ctx, InstructionHeader h, String name) {
        List<Word> words = keyValueWords(ctx);
        List<KeyValue> pairs = new ArrayList<>();
        if (words.isEmpty()) {
            diagnostics.add(Diagnostic.error(name + " requires at least one argument", h.keyword().range()));
            return pairs;
        }
        if (!words.get(0).text().contains("=")) {
            return legacyPair(ctx, h, name);
        }
        for (Word word : words) {
            int eq = word.text().indexOf('=');
            if (eq < 0) {
                diagnostics.add(Diagnostic.parserError("Syntax error - can't find = in " + GoQuote.quote(word.text())
                        + ". Must be of the form: name=value", word.range()));
                continue;
            }
            if (eq == 0) {
                diagnostics.add(Diagnostic.error(name + " names can not be blank", word.range()));
            }
            pairs.add(new KeyValue(word.sub(0, eq), word.sub(eq + 1, word.text().length()), false, word.range()));
        }
        return pairs;
    }

    /** {@code ENV key value…}: the key is the first field, the value everything after the separating blanks. */
    private List<KeyValue> legacyPair(DockerfileParser.KeyValuesContext ctx, InstructionHeader h, String name) {
        int start = at.offset(ctx.getStart());
        int end = at.logical().length();
        String rest = at.logical().text();
        int keyEnd = start;
        while (keyEnd < end && !GoSpace.isFieldSeparator(rest.charAt(keyEnd))) {
            keyEnd++;
        }
        int valueStart = keyEnd;
        while (valueStart < end && GoSpace.isFieldSeparator(rest.charAt(valueStart))) {
            valueStart++;
        }
        if (keyEnd == end) {
            diagnostics.add(Diagnostic.parserError(name + " must have two arguments (" + name + " key=value)",
                    at.range(start, end)));
            return List.of();
        }
        Word key = at.word(start, keyEnd);
        Word value = at.word(valueStart, end);
        return List.of(new KeyValue(key, value, true, at.range(start, end)));
    }

    private Optional<Word> single(DockerfileParser.TextContext ctx, InstructionHeader h) {
        if (ctx == null) {
            diagnostics.add(Diagnostic.error(h.keyword().upper() + " requires exactly one argument", h.keyword().range()));
            return Optional.empty();
        }
        return Optional.of(at.word(ctx.getStart(), ctx.getStop()));
    }

    private void requireArguments(InstructionHeader h, boolean present, String message) {
        if (!present) {
            diagnostics.add(Diagnostic.error(message, h.keyword().range()));
        }
    }
}
