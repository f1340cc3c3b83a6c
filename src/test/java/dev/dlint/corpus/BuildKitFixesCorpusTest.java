package dev.dlint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.config.CommandLineSettings;
import dev.dlint.config.ConfigException;
import dev.dlint.config.Configuration;
import dev.dlint.engine.Engine;
import dev.dlint.engine.FixApplier;
import dev.dlint.facts.Expanded;
import dev.dlint.facts.ExposedPorts;
import dev.dlint.model.CmdInstruction;
import dev.dlint.model.CommandLine;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EntrypointInstruction;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.ExposeInstruction;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.HealthcheckInstruction;
import dev.dlint.model.Instruction;
import dev.dlint.model.KeyValue;
import dev.dlint.model.LabelInstruction;
import dev.dlint.model.MaintainerInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.VariableScope;
import dev.dlint.model.Word;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Fix;
import dev.dlint.syntax.BuildArgs;
import dev.dlint.syntax.Dockerfiles;
import dev.dlint.testing.SharedFiles;
import dev.dlint.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The fixes of the BuildKit check rules, applied (safe and unsafe alike, pass after pass) to every corpus file, keep
 * what each fix promises: the file still parses without a new syntax error, and what the build reads from the
 * instructions the rule touches is the same before and after (the ENV and LABEL values BuildKit computes, the ports
 * EXPOSE records, the command, entrypoint and health check that count, the author, …), up to the change the fix
 * exists for.
 */
class BuildKitFixesCorpusTest {

    private static final int MAX_PASSES = 10;

    /** What must not change, per rule: a list of strings describing the file. */
    private static final Map<String, Function<Dockerfile, List<String>>> KEPT = Map.of(
            "StageNameCasing", BuildKitFixesCorpusTest::lowerCased,
            "FromAsCasing", BuildKitFixesCorpusTest::lowerCased,
            "ConsistentInstructionCasing", BuildKitFixesCorpusTest::lowerCased,
            "LegacyKeyValueFormat", BuildKitFixesCorpusTest::keyValues,
            "ExposeProtoCasing", BuildKitFixesCorpusTest::ports,
            "ExposeInvalidFormat", BuildKitFixesCorpusTest::ports,
            "MaintainerDeprecated", BuildKitFixesCorpusTest::authors,
            "MultipleInstructionsDisallowed", BuildKitFixesCorpusTest::lastOfEachKind,
            "RedundantTargetPlatform", BuildKitFixesCorpusTest::baseImages,
            "JSONArgsRecommended", BuildKitFixesCorpusTest::argv);

    @Test
    void fixesKeepWhatTheBuildReads() throws IOException, ConfigException {
        Path corpus = SharedFiles.require("corpus/dockerfiles");
        Engine engine = new Engine(BuiltinRules.catalog(), BuildArgs.parse(List.of()));
        Configuration config = Configuration.defaults().with(CommandLineSettings.none());
        Map<String, Integer> fixed = new TreeMap<>();
        for (String name : CorpusFindingsSnapshotTest.manifest(corpus)) {
            String original = Files.readString(corpus.resolve(name), StandardCharsets.UTF_8);
            Set<String> withFixes = new HashSet<>();
            engine.lint(name, original.getBytes(StandardCharsets.UTF_8), config).reported().stream()
                    .filter(f -> f.fix().isPresent()).forEach(f -> withFixes.add(f.rule()));
            for (Map.Entry<String, Function<Dockerfile, List<String>>> rule : KEPT.entrySet()) {
                if (!withFixes.contains(rule.getKey())) {
                    continue;
                }
                String text = original;
                for (int pass = 0; pass < MAX_PASSES; pass++) {
                    List<Fix> fixes = fixes(engine, config, text, rule.getKey());
                    if (fixes.isEmpty()) {
                        break;
                    }
                    fixed.merge(rule.getKey(), fixes.size(), Integer::sum);
                    text = FixApplier.apply(SourceText.of(text), fixes).text();
                }
                if (!text.equals(original)) {
                    Dockerfile before = parse(original);
                    Dockerfile after = parse(text);
                    String what = rule.getKey() + " on " + name;
                    assertThat(errors(after)).as(what + ": no new syntax error").isLessThanOrEqualTo(errors(before));
                    assertThat(rule.getValue().apply(after)).as(what + ": what the build reads")
                            .isEqualTo(rule.getValue().apply(before));
                    assertThat(fixes(engine, config, text, rule.getKey())).as(what + ": nothing left to fix").isEmpty();
                }
            }
        }
        System.out.println("fixes applied on the corpus: " + fixed);
        assertThat(fixed.keySet()).as("rules whose fixes the corpus exercises")
                .contains("LegacyKeyValueFormat", "MaintainerDeprecated", "FromAsCasing", "JSONArgsRecommended");
    }

    private static List<Fix> fixes(Engine engine, Configuration config, String text, String rule)
            throws ConfigException {
        return engine.lint("Dockerfile", text.getBytes(StandardCharsets.UTF_8), config).reported().stream()
                .filter(f -> f.rule().equals(rule)).map(Finding::fix).flatMap(Optional::stream).toList();
    }

    private static Dockerfile parse(String text) {
        return Dockerfiles.parse("Dockerfile", text.getBytes(StandardCharsets.UTF_8));
    }

    private static long errors(Dockerfile dockerfile) {
        return dockerfile.diagnostics().stream().filter(d -> d.error()).count();
    }

    /** Keywords and stage names are read without regard to case. */
    private static List<String> lowerCased(Dockerfile dockerfile) {
        return dockerfile.instructions().stream().map(i -> i.header().logicalLine().toLowerCase(Locale.ROOT)).toList();
    }

    /** The keys and values BuildKit computes for ENV and LABEL (expanded alike), and every other instruction. */
    private static List<String> keyValues(Dockerfile dockerfile) {
        List<String> out = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            List<KeyValue> pairs = instruction instanceof EnvInstruction ? ((EnvInstruction) instruction).pairs()
                    : instruction instanceof LabelInstruction ? ((LabelInstruction) instruction).pairs() : null;
            if (pairs == null) {
                out.add(instruction.header().logicalLine());
                continue;
            }
            for (KeyValue pair : pairs) {
                out.add(instruction.name() + " " + expand(pair.key(), dockerfile) + "=" + expand(pair.value(), dockerfile));
            }
        }
        return out;
    }

    private static String expand(Word word, Dockerfile dockerfile) {
        return Expanded.of(word.text(), VariableScope.empty(), dockerfile.escape()).value();
    }

    /** The ports EXPOSE records (container port and lower-cased protocol), and every other instruction. */
    private static List<String> ports(Dockerfile dockerfile) {
        List<String> out = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (!(instruction instanceof ExposeInstruction)) {
                out.add(instruction.header().logicalLine());
                continue;
            }
            for (ExposedPorts.Port port : ExposedPorts.of((ExposeInstruction) instruction, dockerfile)) {
                out.add("EXPOSE " + port.containerPort() + "/" + port.protocol().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** The image's author, whether MAINTAINER or the OCI label says it, and every other instruction. */
    private static List<String> authors(Dockerfile dockerfile) {
        List<String> out = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            if (instruction instanceof MaintainerInstruction) {
                String author = ((MaintainerInstruction) instruction).maintainer().map(Word::text).orElse("");
                boolean quoted = author.length() >= 2 && (author.startsWith("\"") || author.startsWith("'"))
                        && author.endsWith(author.substring(0, 1));
                out.add("author " + (quoted ? author.substring(1, author.length() - 1) : author));
            } else if (instruction instanceof LabelInstruction && ((LabelInstruction) instruction).pairs().size() == 1
                    && ((LabelInstruction) instruction).pairs().get(0).key().text().equals("org.opencontainers.image.authors")) {
                out.add("author " + expand(((LabelInstruction) instruction).pairs().get(0).value(), dockerfile));
            } else {
                out.add(instruction.header().logicalLine());
            }
        }
        return out;
    }

    /** Per stage, the instructions other than CMD, ENTRYPOINT and HEALTHCHECK, and the last of each of those. */
    private static List<String> lastOfEachKind(Dockerfile dockerfile) {
        List<String> out = new ArrayList<>();
        dockerfile.globalArgs().forEach(a -> out.add(a.header().logicalLine()));
        for (Stage stage : dockerfile.stages()) {
            out.add(stage.from().header().logicalLine());
            for (Instruction instruction : stage.instructions()) {
                if (!Set.of("CMD", "ENTRYPOINT", "HEALTHCHECK").contains(instruction.name())) {
                    out.add(instruction.header().logicalLine());
                }
            }
            for (Class<? extends Instruction> kind : List.of(CmdInstruction.class, EntrypointInstruction.class,
                    HealthcheckInstruction.class)) {
                List<? extends Instruction> all = stage.instructions(kind);
                out.add(all.isEmpty() ? "-" : all.get(all.size() - 1).header().logicalLine());
            }
        }
        return out;
    }

    /** The image each FROM builds on, and every other instruction. */
    private static List<String> baseImages(Dockerfile dockerfile) {
        return dockerfile.instructions().stream().map(i -> i instanceof FromInstruction
                ? "FROM " + ((FromInstruction) i).arguments().stream().map(Word::text).toList()
                : i.header().logicalLine()).toList();
    }

    /** The words of every command: exec-form arguments, or the shell-form text split at blanks. */
    private static List<String> argv(Dockerfile dockerfile) {
        List<String> out = new ArrayList<>();
        for (Instruction instruction : dockerfile.instructions()) {
            Optional<CommandLine> command = instruction instanceof CmdInstruction ? ((CmdInstruction) instruction).command()
                    : instruction instanceof EntrypointInstruction ? ((EntrypointInstruction) instruction).command()
                    : instruction instanceof HealthcheckInstruction ? ((HealthcheckInstruction) instruction).command()
                    : Optional.empty();
            if (command.isEmpty()) {
                out.add(instruction.header().logicalLine());
            } else if (command.get() instanceof CommandLine.Exec) {
                out.add(instruction.name() + " " + ((CommandLine.Exec) command.get()).arguments().stream().map(Word::text)
                        .toList());
            } else {
                out.add(instruction.name() + " " + List.of(((CommandLine.Shell) command.get()).text().text().strip()
                        .split("[ \\t]+")));
            }
        }
        return out;
    }
}
