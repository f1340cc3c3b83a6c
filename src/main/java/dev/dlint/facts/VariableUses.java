package dev.dlint.facts;

import dev.dlint.model.Heredoc;
import dev.dlint.model.Instruction;
import dev.dlint.model.RunInstruction;
import java.util.regex.Pattern;

/** Whether an instruction refers to a variable ({@code $NAME}, {@code ${NAME}}, {@code ${NAME:-x}}). */
public final class VariableUses {

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
}
