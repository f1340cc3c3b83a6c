package dev.dlint.rule;

/** A rule option in the configuration has an unknown key or an invalid value. Maps to exit code 2. */
public final class RuleOptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String option;

    /**
     * @param option  the option's key as written under the rule ({@code threshold})
     * @param message what is wrong, without the location (the caller adds file and line)
     */
    public RuleOptionException(String option, String message) {
        super(message);
        this.option = option;
    }

    public String option() {
        return option;
    }
}
