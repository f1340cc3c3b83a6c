package dev.dlint.rules.knowledge;

import dev.dlint.command.Invocation;
import dev.dlint.command.Invocations;
import dev.dlint.facts.DockerfileFacts;
import dev.dlint.model.BaseImage;
import dev.dlint.model.Dockerfile;
import dev.dlint.model.RunCommand;
import dev.dlint.model.RunInstruction;
import dev.dlint.model.Stage;
import dev.dlint.model.UserInstruction;
import dev.dlint.model.Word;
import dev.dlint.text.SourceRange;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a USER instruction sets, the last USER a stage runs as, and the numeric ids a RUN gave to accounts. */
public final class Users {

    private static final List<String> USER_COMMANDS = List.of("useradd", "adduser");
    private static final List<String> GROUP_COMMANDS = List.of("groupadd", "addgroup");

    private Users() {
    }

    /**
     * A USER value after ARG expansion.
     *
     * @param user      the user part (before {@code :})
     * @param group     the group part, when given
     * @param word      the word as written
     * @param literal   whether the word is written without quotes or variables, so parts map to source columns
     */
    public record Spec(String user, Optional<String> group, Word word, boolean literal) {

        public boolean isRoot() {
            return user.equals("root") || (isNumeric(user) && user.chars().allMatch(c -> c == '0'));
        }

        /** The range of the user part, or of the whole word when it is not written literally. */
        public SourceRange userRange() {
            return literal ? word.range(0, user.length()) : word.range();
        }
    }

    /** The value of a USER instruction, when it is known. */
    public static Optional<Spec> spec(UserInstruction user, DockerfileFacts facts) {
        if (user.user().isEmpty()) {
            return Optional.empty();
        }
        Word word = user.user().get();
        return facts.value(user, word).filter(v -> !v.isEmpty()).map(v -> {
            int colon = v.indexOf(':');
            return new Spec(colon < 0 ? v : v.substring(0, colon), colon < 0 ? Optional.empty()
                    : Optional.of(v.substring(colon + 1)), word, v.equals(word.text()));
        });
    }

    /** The last USER instruction a stage runs under, in the stage or the stages it is built FROM. */
    public static Optional<UserInstruction> lastUser(Dockerfile dockerfile, Stage stage) {
        List<Stage> lineage = dockerfile.lineage(stage);
        for (int i = lineage.size() - 1; i >= 0; i--) {
            List<UserInstruction> users = lineage.get(i).instructions(UserInstruction.class);
            if (!users.isEmpty()) {
                return Optional.of(users.get(users.size() - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the stage runs on Windows (its lineage starts from a Windows base image: windows, nanoserver,
     * servercore), where users are account names and have no numeric uid.
     */
    public static boolean onWindows(Dockerfile dockerfile, Stage stage) {
        BaseImage base = dockerfile.lineage(stage).get(0).base();
        String name = base instanceof BaseImage.External ? ((BaseImage.External) base).reference().text() : "";
        return name.toLowerCase(Locale.ROOT).matches(".*(windows|nanoserver|servercore).*");
    }

    /** The numeric id a {@code useradd -u}/{@code adduser --uid} in the stages gives to {@code name}. */
    public static Optional<String> uidOf(List<Stage> stages, String name) {
        return idOf(stages, name, USER_COMMANDS, "-u", "--uid");
    }

    /** The numeric id a {@code groupadd -g}/{@code addgroup --gid} in the stages gives to {@code name}. */
    public static Optional<String> gidOf(List<Stage> stages, String name) {
        return idOf(stages, name, GROUP_COMMANDS, "-g", "--gid");
    }

    /** The id the last account-creating command for {@code name} sets, read through the command layer. */
    private static Optional<String> idOf(List<Stage> stages, String name, List<String> tools, String... idOptions) {
        Optional<String> found = Optional.empty();
        for (Stage stage : stages) {
            for (RunInstruction run : stage.instructions(RunInstruction.class)) {
                for (RunCommand command : run.commands()) {
                    Optional<Invocation> invocation = Invocations.parse(command.command())
                            .filter(i -> tools.contains(i.tool()) && !i.operands().isEmpty()
                                    && i.operands().get(i.operands().size() - 1).text().equals(name));
                    Optional<String> id = invocation.flatMap(i -> i.values(idOptions).stream().reduce((a, b) -> b))
                            .filter(Users::isNumeric);
                    if (id.isPresent()) {
                        found = id;
                    }
                }
            }
        }
        return found;
    }

    public static boolean isNumeric(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
    }
}
