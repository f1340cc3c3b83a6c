package dev.dlint.syntax;

import dev.dlint.model.ArgDeclaration;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.BaseImage;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.ImageReference;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.PredefinedArgs;
import dev.dlint.model.VariableScope;
import dev.dlint.model.Word;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the instructions in order and computes what BuildKit computes: the global ARG scope (seen only by FROM
 * lines), each stage's ARG/ENV scope (inherited from the stage it is built on), one snapshot per instruction, and
 * the base every FROM resolves to. {@code --build-arg} values override ARG defaults.
 */
final class ScopeTracker {

    /** BuildKit's predefined platform ARGs, for a linux/amd64 build on a linux/amd64 host. */
    static final Map<String, String> PLATFORM_ARGS = PredefinedArgs.PLATFORM_VALUES;

    private final SourceText source;
    private final BuildArgs buildArgs;
    private final char escape;
    private final VariableScope[] scopes;
    private final List<VariableScope> stageEnds = new ArrayList<>();
    /** The index of the last stage with each name so far. */
    private final Map<String, Integer> stagesByName = new HashMap<>();
    private int stageCount;
    private VariableScope global;
    private VariableScope current;

    ScopeTracker(SourceText source, BuildArgs buildArgs, char escape, int instructionCount) {
        this.source = source;
        this.buildArgs = buildArgs;
        this.escape = escape;
        this.scopes = new VariableScope[instructionCount];
        VariableScope predefined = VariableScope.empty();
        for (Map.Entry<String, String> arg : PLATFORM_ARGS.entrySet()) {
            predefined = predefined.with(arg.getKey(), buildArgs.get(arg.getKey()).orElse(arg.getValue()));
        }
        this.global = predefined;
    }

    List<VariableScope> scopes() {
        List<VariableScope> list = new ArrayList<>();
        for (VariableScope scope : scopes) {
            list.add(scope == null ? VariableScope.empty() : scope);
        }
        return list;
    }

    /** An ARG before the first FROM. */
    void globalArg(ArgInstruction arg) {
        scopes[arg.index()] = global;
        global = declare(global, global, arg);
    }

    /** A FROM: resolves its base in the global scope and starts the stage's scope. */
    BaseImage startStage(FromInstruction from, Optional<String> name) {
        if (current != null) {
            stageEnds.add(current);
        }
        scopes[from.index()] = global;
        BaseImage base = resolveBase(from);
        current = base instanceof BaseImage.StageBase
                ? stageEnds.get(((BaseImage.StageBase) base).stageIndex()) : VariableScope.empty();
        int index = stageCount++;
        name.ifPresent(n -> stagesByName.put(n, index));
        return base;
    }

    /** Any instruction inside a stage. */
    void instruction(Instruction instruction) {
        scopes[instruction.index()] = current;
        if (instruction instanceof ArgInstruction) {
            current = declare(current, global, (ArgInstruction) instruction);
        } else if (instruction instanceof EnvInstruction) {
            VariableScope before = current;
            for (KeyValue pair : ((EnvInstruction) instruction).pairs()) {
                String key = Expansions.expand(pair.key().text(), before, escape).value();
                String value = pair.legacy() ? legacyValue(pair.value().text(), before)
                        : Expansions.expand(pair.value().text(), before, escape).value();
                current = current.with(key, value);
            }
        }
    }

    private String legacyValue(String raw, VariableScope scope) {
        return Expansions.expand(raw, scope, escape).value();
    }

    /** ARG semantics: --build-arg, else the default, else the global value of the same name. */
    private VariableScope declare(VariableScope scope, VariableScope globals, ArgInstruction arg) {
        VariableScope before = scope;
        VariableScope result = scope;
        for (ArgDeclaration declaration : arg.declarations()) {
            String name = declaration.name().text();
            Optional<String> value = buildArgs.get(name);
            if (value.isEmpty() && declaration.defaultValue().isPresent()) {
                value = Optional.of(Expansions.expand(declaration.defaultValue().get().text(), before, escape).value());
            }
            if (value.isEmpty() && globals != scope) {
                value = globals.value(name);
            }
            result = value.isPresent() ? result.with(name, value.get()) : result.declare(name);
        }
        return result;
    }

    private BaseImage resolveBase(FromInstruction from) {
        if (from.image().isEmpty()) {
            int at = source.offset(from.keyword().range().endLine(), from.keyword().range().endColumn());
            return new BaseImage.Unresolved(Word.empty(source, at), "", "FROM has no image");
        }
        Word word = from.image().get();
        Expansions.Expanded expanded = Expansions.expand(word.text(), global, escape);
        String text = expanded.value();
        if (!expanded.ok()) {
            return new BaseImage.Unresolved(word, text, expanded.error().get());
        }
        Integer stage = stagesByName.get(text.toLowerCase(Locale.ROOT));
        if (stage != null) {
            return new BaseImage.StageBase(word, stage);
        }
        if (!expanded.unset().isEmpty()) {
            String names = String.join(", ", expanded.unset().stream().sorted().toList());
            return new BaseImage.Unresolved(word, text, "uses " + names + ", which has no value");
        }
        if (text.isEmpty()) {
            return new BaseImage.Unresolved(word, text, "expands to an empty name");
        }
        if (text.equalsIgnoreCase("scratch")) {
            return new BaseImage.Scratch(word);
        }
        boolean literal = text.equals(word.text());
        return new BaseImage.External(word, ImageReference.parse(text,
                (start, end) -> literal ? word.range(start, end) : word.range()));
    }
}
