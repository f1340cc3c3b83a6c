package dev.dlint.rules.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.command.Operand;
import dev.dlint.facts.CommandUse;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.facts.ImagePaths;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.VariableScope;
import dev.dlint.rule.Fix;
import dev.dlint.rule.TextEdit;
import dev.dlint.syntax.Dockerfiles;
import dev.dlint.engine.FixApplier;
import dev.dlint.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shared pieces of the package-manager rules: edits at command-layer places, operand values, RUN scopes. */
class PackageKnowledgeTest {

    private static DockerfileFacts facts(String text) {
        Dockerfile dockerfile = Dockerfiles.parse("Dockerfile", text.getBytes(StandardCharsets.UTF_8));
        return DockerfileFacts.of(dockerfile);
    }

    /** The text after one edit. */
    private static String apply(String text, Optional<TextEdit> edit) {
        assertThat(edit).as("an edit for " + text).isPresent();
        return FixApplier.apply(SourceText.of(text), List.of(Fix.safe("test", List.of(edit.get())))).text();
    }

    private static PackageRuns.Use last(DockerfileFacts facts) {
        List<PackageRuns.Use> uses = PackageRuns.uses(facts, true);
        return uses.get(uses.size() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "RUN apt-get install curl|RUN apt-get install -y curl",
        "RUN apt-get -q install curl|RUN apt-get -q install -y curl",
        "RUN sudo apt-get install curl|RUN sudo apt-get install -y curl",
        "RUN sh -c 'apt-get install curl'|RUN sh -c 'apt-get install -y curl'",
        "RUN python3 -m pip install flask|RUN python3 -m pip install -y flask",
    })
    void flagsGoRightAfterTheSubcommandWord(String run, String expected) {
        String text = "FROM debian:12\n" + run + "\n";
        DockerfileFacts facts = facts(text);
        CommandUse use = last(facts).command();
        assertThat(apply(text, CommandEdits.afterSubcommand(use, "-y", facts.dockerfile().source())))
                .isEqualTo("FROM debian:12\n" + expected + "\n");
    }

    @Test
    void noEditWhereTheSourceDoesNotHoldTheWord() {
        String text = "FROM debian:12\nRUN sh -c \"apt-get install \\\"curl\\\"\"\n";
        DockerfileFacts facts = facts(text);
        assertThat(CommandEdits.afterSubcommand(last(facts).command(), "-y", facts.dockerfile().source())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", value = {
        "RUN apt-get update => RUN apt-get update && X",
        "RUN apt-get update; => RUN apt-get update && X;",
        "'RUN a && b || c  ' => 'RUN a && b || c && X  '",
        "RUN apt-get update # comment => RUN apt-get update && X # comment",
    })
    void appendsAfterTheLastStatement(String run, String expected) {
        String text = "FROM debian:12\n" + run + "\n";
        DockerfileFacts facts = facts(text);
        assertThat(apply(text, CommandEdits.append(PackageRuns.sites(facts, false).get(0).run(), " && X")))
                .isEqualTo("FROM debian:12\n" + expected + "\n");
    }

    @Test
    void appendsAcrossContinuationLines() {
        String text = "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y x \\\n && echo done\n";
        DockerfileFacts facts = facts(text);
        assertThat(apply(text, CommandEdits.append(PackageRuns.sites(facts, false).get(0).run(), " && X")))
                .isEqualTo("FROM debian:12\nRUN apt-get update \\\n && apt-get install -y x \\\n && echo done && X\n");
    }

    @Test
    void noAppendToExecFormHeredocsOrBackgroundJobs() {
        for (String run : List.of("RUN [\"apt-get\", \"update\"]", "RUN <<EOT\napt-get update\nEOT", "RUN sleep 1 &")) {
            DockerfileFacts facts = facts("FROM debian:12\n" + run + "\n");
            assertThat(CommandEdits.append(PackageRuns.sites(facts, false).get(0).run(), " && X")).as(run).isEmpty();
        }
    }

    @Test
    void mountsGoAfterTheKeyword() {
        String text = "FROM debian:12\nRUN --network=none apt-get update\n";
        DockerfileFacts facts = facts(text);
        TextEdit edit = CommandEdits.mount(PackageRuns.sites(facts, false).get(0).run(), "type=cache,target=/x");
        assertThat(apply(text, Optional.of(edit)))
                .isEqualTo("FROM debian:12\nRUN --mount=type=cache,target=/x --network=none apt-get update\n");
    }

    @Test
    void operandsAreExpandedWithTheVariablesTheCommandSees() {
        DockerfileFacts facts = facts("FROM centos:7\nENV v=2.39 LIST=\"a b\"\nARG later\n"
                + "RUN w=1.0 && export x=$(date) && yum install git-$v $LIST tool-$w y-$x z-$later q-$nothing\n");
        PackageRuns.Use use = last(facts);
        VariableScope scope = PackageRuns.scope(facts, use.site(), use.command());
        List<Operand> operands = use.operation().packages();
        assertThat(OperandValues.of(operands.get(0), scope, '\\')).contains(List.of("git-2.39"));
        assertThat(OperandValues.of(operands.get(1), scope, '\\')).contains(List.of("a", "b"));
        assertThat(OperandValues.of(operands.get(2), scope, '\\')).contains(List.of("tool-1.0"));
        assertThat(OperandValues.of(operands.get(3), scope, '\\')).as("set by a command substitution").isEmpty();
        assertThat(OperandValues.of(operands.get(4), scope, '\\')).as("an ARG without value").isEmpty();
        assertThat(OperandValues.of(operands.get(5), scope, '\\')).contains(List.of("q-"));
    }

    @Test
    void onbuildTriggersAreSitesWhenAsked() {
        DockerfileFacts facts = facts("FROM debian:12\nONBUILD RUN apt-get update\nRUN apt-get update\n");
        assertThat(PackageRuns.sites(facts, false)).hasSize(1);
        List<PackageRuns.Site> sites = PackageRuns.sites(facts, true);
        assertThat(sites).hasSize(2);
        assertThat(sites.get(0).trigger()).isTrue();
        assertThat(facts.layer(sites.get(0).run())).isPresent();
    }

    @ParameterizedTest(name = "{0} covers {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "/var/lib/apt/lists/*|/var/lib/apt/lists|true",
        "/var/lib/apt/lists|/var/lib/apt/lists|true",
        "/var/lib/apt|/var/lib/apt/lists|true",
        "/var/lib/apt/lists/partial|/var/lib/apt/lists|false",
        "/var/lib/apt/lists/*.lz4|/var/lib/apt/lists|false",
        "/var/lib/apt/list/*|/var/lib/apt/lists|false",
        "/tmp/*|/var/lib/apt/lists|false",
        "/var/cache/yum/*|/var/cache/dnf|false",
    })
    void deletionsCoverWholeTrees(String deleted, String written, boolean covers) {
        assertThat(ImagePaths.covers(deleted, written)).isEqualTo(covers);
    }
}
