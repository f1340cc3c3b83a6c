package dev.dlint.facts;

import dev.dlint.model.Heredoc;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Whether an instruction refers to a variable ({@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}}), and where. */
public final class VariableUses {

    /** One {@code $NAME} or {@code ${NAME…}} in a word: the name and the reference's span {@code [start, end)}. */
    public record Reference(String name, int start, int end) {
    }

    private VariableUses() {
    }

    public static boolean uses(Instruction instruction, String name) {
        Pattern reference = Pattern.compile("\\$\\{?" + Pattern.quote(name) + "(?![A-Za-z0-9_])");
        if (reference.matcher(instruction.header().logicalLine()).find()) {
            return true;
        }
        if (instruction instanceof RunInstruction) {
            for (Heredoc heredoc : ((RunInstruction) instruction).heredocs()) {
                if (reference.matcher(heredoc.body().text()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The variables a Dockerfile word (an ENV or LABEL value, a path) expands, as BuildKit's word expansion reads it:
     * nothing inside single quotes, nothing after the escape character.
     */
    public static List<Reference> references(String raw, char escape) {
        List<Reference> references = new ArrayList<>();
        boolean single = false;
        boolean dbl = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == escape && !single) {
                i++;
            } else if (c == '\'' && !dbl) {
                single = !single;
            } else if (c == '"' && !single) {
                dbl = !dbl;
            } else if (c == '$' && !single) {
                boolean braced = i + 1 < raw.length() && raw.charAt(i + 1) == '{';
                int nameStart = braced ? i + 2 : i + 1;
                int nameEnd = nameStart;
                while (nameEnd < raw.length() && isNameChar(raw.charAt(nameEnd), nameEnd == nameStart)) {
                    nameEnd++;
                }
                if (nameEnd == nameStart) {
                    continue;
                }
                int end = braced ? closingBrace(raw, nameEnd) : nameEnd;
                references.add(new Reference(raw.substring(nameStart, nameEnd), i, end));
                i = end - 1;
            }
        }
        return references;
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9');
    }

    private static int closingBrace(String raw, int from) {
        int close = raw.indexOf('}', from);
        return close < 0 ? raw.length() : close + 1;
    }
}
