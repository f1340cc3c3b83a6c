package dev.dlint.rules.dockerfile;

import dev.dlint.facts.CommandUse;
import dev.dlint.model.RunInstruction;
import dev.dlint.rule.Category;
import dev.dlint.rule.DockerfileContext;
import dev.dlint.rule.InstructionRule;
import dev.dlint.rule.RuleInfo;
import dev.dlint.rule.Severity;
import dev.dlint.shell.script.Word;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An autoconf {@code ./configure} run without {@code --build}: configure then guesses the build system from
 * {@code uname}, which names the kernel's architecture, not the image's: a 32-bit image built on a 64-bit host
 * (i386 on amd64, armhf on arm64) is configured for the wrong machine. The official images pass
 * {@code --build="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"} (Alpine: {@code apk --print-arch}-derived);
 * Henkel et al. (ICSE 2020), {@code configureShouldUseBuildFlag}.
 */
@RuleInfo(summary = "./configure guesses the build architecture: it has no --build", severity = Severity.INFO,
        category = Category.CORRECTNESS, onbuild = true)
public final class ConfigureWithoutBuild extends InstructionRule<RunInstruction> {

    public ConfigureWithoutBuild() {
        super(RunInstruction.class);
    }

    @Override
    protected void check(RunInstruction run, DockerfileContext context) {
        List<CommandUse> commands = context.facts().commands(run);
        for (int i = 0; i < commands.size(); i++) {
            CommandUse use = commands.get(i);
            Optional<Word> name = configureName(use);
            if (name.isEmpty() || notAutoconf(use, commands.subList(0, i))
                    || use.command().command().args().stream().map(Word::unquoted)
                    .anyMatch(a -> a.equals("--build") || a.startsWith("--build=") || a.equals("--help")
                            || a.equals("--version") || a.equals("-h") || a.equals("-V"))) {
                continue;
            }
            context.report(use.command().range(name.get()), "`" + name.get().unquoted() + "` without --build guesses"
                    + " the build machine from the kernel, which is wrong for a 32-bit or emulated image build: pass"
                    + " --build=\"$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)\" (on Alpine, the GNU type of"
                    + " `apk --print-arch`).");
        }
    }

    /**
     * Whether the script is one of the well-known hand-written configure scripts that have no {@code --build}: Node.js
     * (Python), nginx and its forks, FFmpeg; told by the directory the RUN entered or their own options.
     */
    private static boolean notAutoconf(CommandUse use, List<CommandUse> before) {
        String place = "";
        for (CommandUse earlier : before) {
            if (earlier.is("cd") && !earlier.invocation().get().operands().isEmpty()) {
                place = earlier.invocation().get().operands().get(0).text().toLowerCase(Locale.ROOT);
            }
        }
        boolean known = place.contains("node-v") || place.contains("node") && place.contains("$")
                || place.contains("nginx") || place.contains("openresty") || place.contains("tengine")
                || place.contains("ffmpeg");
        return known || use.command().command().args().stream().map(Word::unquoted).anyMatch(a ->
                a.startsWith("--with-http_") || a.startsWith("--add-module") || a.startsWith("--add-dynamic-module")
                        || a.startsWith("--dest-cpu") || a.startsWith("--enable-gpl") || a.startsWith("--sbin-path"));
    }

    /** The word naming an autoconf script: {@code ./configure}, {@code ../src/configure}, {@code /tmp/x/configure}. */
    private static Optional<Word> configureName(CommandUse use) {
        var command = use.command().command();
        if (command.words().isEmpty()) {
            return Optional.empty();
        }
        Word first = command.words().get(0);
        String text = first.unquoted();
        if (text.endsWith("/configure")) {
            return Optional.of(first);
        }
        if ((text.equals("sh") || text.equals("bash")) && command.words().size() > 1
                && command.words().get(1).unquoted().endsWith("configure")) {
            return Optional.of(command.words().get(1));
        }
        return Optional.empty();
    }
}
