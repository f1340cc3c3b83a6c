package dev.dlint.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.model.AddInstruction;
import dev.dlint.model.ArgInstruction;
import dev.dlint.model.BaseImage;
import dev.dlint.model.CommandLine;
import dev.dlint.model.CopyInstruction;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.EnvInstruction;
import dev.dlint.model.FileSource;
import dev.dlint.model.Flag;
import dev.dlint.model.FromInstruction;
import dev.dlint.model.Heredoc;
import dev.dlint.model.ImageReference;
import dev.dlint.model.Mount;
import dev.dlint.model.OnbuildInstruction;
import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.ShellCode;
import dev.dlint.model.Stage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed model: every node has the exact source range, and variables resolve as BuildKit resolves them. */
class ModelTest {

    private static Dockerfile parse(String text) {
        return Dockerfiles.parse("Dockerfile", text.getBytes(StandardCharsets.UTF_8));
    }

    private static Dockerfile parse(String text, String... buildArgs) {
        return Dockerfiles.parse("Dockerfile", text.getBytes(StandardCharsets.UTF_8), BuildArgs.parse(List.of(buildArgs)));
    }

    @Test
    void fromSplitsTheImageReferenceIntoLocatedParts() {
        Dockerfile d = parse("FROM --platform=linux/arm64 registry.example.com:5000/team/app:1.2@sha256:"
                + "0123456789abcdef0123456789abcdef AS Build\n");
        FromInstruction from = (FromInstruction) d.instructions().get(0);
        assertThat(from.keyword().range().toString()).isEqualTo("1:1-1:5");
        Flag platform = from.platform().orElseThrow();
        assertThat(platform.value()).contains("linux/arm64");
        assertThat(platform.nameRange().toString()).isEqualTo("1:6-1:16");
        assertThat(platform.valueRange().toString()).isEqualTo("1:17-1:28");
        ImageReference ref = ((BaseImage.External) d.stages().get(0).base()).reference();
        assertThat(ref.registry().orElseThrow().value()).isEqualTo("registry.example.com:5000");
        assertThat(ref.registry().get().range().toString()).isEqualTo("1:29-1:54");
        assertThat(ref.repository().value()).isEqualTo("team/app");
        assertThat(ref.repository().range().toString()).isEqualTo("1:55-1:63");
        assertThat(ref.tag().orElseThrow().value()).isEqualTo("1.2");
        assertThat(ref.tag().get().range().toString()).isEqualTo("1:64-1:67");
        assertThat(ref.digest().orElseThrow().range().toString()).isEqualTo("1:68-1:107");
        assertThat(d.stages().get(0).name()).contains("build");
        assertThat(from.stageName().orElseThrow().range().toString()).isEqualTo("1:111-1:116");
    }

    @Test
    void aPortIsNotATag() {
        ImageReference ref = ((BaseImage.External) parse("FROM localhost:5000/app\n").stages().get(0).base()).reference();
        assertThat(ref.registry().orElseThrow().value()).isEqualTo("localhost:5000");
        assertThat(ref.tag()).isEmpty();
    }

    @Test
    void wordsKeepExactPositionsAcrossContinuationLines() {
        Dockerfile d = parse("FROM alpine\nRUN apk add \\\n      curl \\\n  && echo done\n");
        RunInstruction run = (RunInstruction) d.instructions().get(1);
        assertThat(run.range().toString()).isEqualTo("2:1-4:15");
        CommandLine.Shell shell = (CommandLine.Shell) run.command().orElseThrow();
        assertThat(shell.text().text()).isEqualTo("apk add       curl   && echo done");
        List<RunCommand> commands = run.commands();
        assertThat(commands).extracting(c -> c.name().orElse("")).containsExactly("apk", "echo");
        assertThat(commands.get(0).argumentRange(1).toString()).isEqualTo("3:7-3:11");
        assertThat(commands.get(1).range().toString()).isEqualTo("4:6-4:15");
    }

    @Test
    void flagsMountsAndHeredocsAreTyped() {
        Dockerfile d = parse("FROM alpine\nRUN --mount=type=cache,target=/root/.cache,sharing=locked --network=none <<EOF\n"
                + "pip install -r req.txt\nEOF\n");
        RunInstruction run = (RunInstruction) d.instructions().get(1);
        Mount mount = run.mounts().get(0);
        assertThat(mount.type()).isEqualTo("cache");
        assertThat(mount.target()).contains("/root/.cache");
        assertThat(mount.option("sharing").orElseThrow().range().toString()).isEqualTo("2:44-2:58");
        assertThat(run.flag("network").orElseThrow().valueOrEmpty()).isEqualTo("none");
        Heredoc heredoc = run.heredocs().get(0);
        assertThat(heredoc.name()).isEqualTo("EOF");
        assertThat(heredoc.marker().range().toString()).isEqualTo("2:74-2:79");
        assertThat(heredoc.body().text()).isEqualTo("pip install -r req.txt\n");
        assertThat(heredoc.body().range().toString()).isEqualTo("3:1-4:1");
        assertThat(heredoc.terminator().orElseThrow().toString()).isEqualTo("4:1-4:4");
        assertThat(run.commands()).extracting(c -> c.name().orElse("")).containsExactly("pip");
        assertThat(run.commands().get(0).range().toString()).isEqualTo("3:1-3:23");
    }

    @Test
    void heredocsInCopyAreSourcesWithQuotingAndChomping() {
        Dockerfile d = parse("FROM alpine\nCOPY <<-'A' <<B /etc/\n\tline $X\n\tA\nb\nB\n");
        CopyInstruction copy = (CopyInstruction) d.instructions().get(1);
        List<FileSource> sources = copy.transfer().sources();
        Heredoc a = ((FileSource.Inline) sources.get(0)).heredoc();
        assertThat(a.chomp()).isTrue();
        assertThat(a.expand()).isFalse();
        assertThat(a.content()).isEqualTo("line $X\n");
        Heredoc b = ((FileSource.Inline) sources.get(1)).heredoc();
        assertThat(b.expand()).isTrue();
        assertThat(copy.transfer().destination().orElseThrow().text()).isEqualTo("/etc/");
        assertThat(copy.range().toString()).isEqualTo("2:1-6:2");
    }

    @Test
    void envPairsInBothFormsAndArgDeclarations() {
        Dockerfile d = parse("ARG A=1 B\nFROM alpine\nENV X=1 Y=\"two words\"\nENV LEGACY value with spaces\n");
        ArgInstruction arg = (ArgInstruction) d.instructions().get(0);
        assertThat(arg.declarations()).extracting(a -> a.name().text()).containsExactly("A", "B");
        assertThat(arg.declarations().get(0).defaultValue().orElseThrow().range().toString()).isEqualTo("1:7-1:8");
        EnvInstruction env = (EnvInstruction) d.instructions().get(2);
        assertThat(env.pairs().get(1).value().text()).isEqualTo("\"two words\"");
        assertThat(env.pairs().get(1).key().range().toString()).isEqualTo("3:9-3:10");
        EnvInstruction legacy = (EnvInstruction) d.instructions().get(3);
        assertThat(legacy.pairs().get(0).legacy()).isTrue();
        assertThat(legacy.pairs().get(0).value().text()).isEqualTo("value with spaces");
    }

    @Test
    void globalArgsOnlyReachFromLinesAndBuildArgsOverride() {
        String text = "ARG BASE=alpine:3.20\nARG VERSION\nFROM ${BASE} AS one\nRUN echo $BASE\nARG BASE\n"
                + "ENV A=1\nENV A=2 B=$A\nFROM one\nRUN true\n";
        Dockerfile d = parse(text);
        Stage one = d.stages().get(0);
        assertThat(((BaseImage.External) one.base()).reference().text()).isEqualTo("alpine:3.20");
        assertThat(d.scope(one.instructions().get(0)).isSet("BASE")).isFalse();
        assertThat(d.scope(one.instructions().get(2)).value("BASE")).contains("alpine:3.20");
        // one snapshot per instruction: B sees the A from before this ENV
        assertThat(d.scope(one.instructions().get(3)).value("B")).isEmpty();
        assertThat(d.scope(d.stages().get(1).instructions().get(0)).value("B")).contains("1");
        assertThat(d.stages().get(1).parentStage()).contains(0);
        Dockerfile overridden = parse(text, "BASE=debian:12");
        assertThat(((BaseImage.External) overridden.stages().get(0).base()).reference().text()).isEqualTo("debian:12");
    }

    @Test
    void predefinedPlatformArgsAndUnresolvedReferences() {
        Dockerfile d = parse("FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM alpine:${MISSING}\n");
        assertThat(d.stages().get(1).base()).isInstanceOf(BaseImage.Unresolved.class);
        assertThat(((BaseImage.Unresolved) d.stages().get(1).base()).reason()).contains("MISSING");
        assertThat(d.scope(d.instructions().get(0)).value("BUILDPLATFORM")).contains("linux/amd64");
    }

    @Test
    void onbuildWrapsATypedTriggerAndPowerShellIsNotAnalysed() {
        Dockerfile d = parse("FROM alpine\nONBUILD ADD --chown=app . /app\nSHELL [\"pwsh\", \"-c\"]\nRUN Get-Item x\n");
        OnbuildInstruction onbuild = (OnbuildInstruction) d.instructions().get(1);
        AddInstruction add = (AddInstruction) onbuild.trigger().orElseThrow();
        assertThat(add.flag("chown").orElseThrow().range().toString()).isEqualTo("2:13-2:24");
        assertThat(((RunInstruction) d.instructions().get(3)).shell().kind()).isEqualTo(ShellCode.Kind.WINDOWS);
    }

    @Test
    void escapeDirectiveBacktickAndCrlfAndBom() {
        byte[] bytes = "\uFEFF# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN echo `\r\n  hi\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Dockerfile d = Dockerfiles.parse("Dockerfile", bytes);
        assertThat(d.escape()).isEqualTo('`');
        assertThat(d.source().hasByteOrderMark()).isTrue();
        RunInstruction run = (RunInstruction) d.instructions().get(1);
        assertThat(((CommandLine.Shell) run.command().orElseThrow()).text().text()).isEqualTo("echo   hi");
        assertThat(run.range().toString()).isEqualTo("3:1-4:5");
        assertThat(run.shell().kind()).isEqualTo(ShellCode.Kind.WINDOWS);
        assertThat(d.directive("escape").orElseThrow().valueRange().toString()).isEqualTo("1:10-1:11");
    }

    @Test
    void commentsAttachToTheNextInstruction() {
        Dockerfile d = parse("FROM alpine\n# first\n\n# second\nRUN true\n#\n# after reset\nUSER x\n");
        assertThat(d.instructions().get(1).header().comments()).extracting(c -> c.text()).containsExactly("first", "second");
        assertThat(d.instructions().get(2).header().comments()).extracting(c -> c.text()).containsExactly("after reset");
    }
}
