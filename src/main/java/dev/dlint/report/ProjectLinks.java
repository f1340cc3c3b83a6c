package dev.dlint.report;

/** Links to dlint's home page and rule documents, as written into reports. */
public final class ProjectLinks {

    /** dlint's home page. */
    public static final String HOME = "https://github.com/dlint-dev/dlint";

    private ProjectLinks() {
    }

    /**
     * The rule's document at the release that produced the report ({@code blob/v0.4.0/rules/Rule.md}); development
     * builds, whose version has a suffix, link to the main branch.
     */
    public static String ruleDocument(String rule, String toolVersion) {
        boolean release = toolVersion.matches("\\d+\\.\\d+\\.\\d+");
        return HOME + "/blob/" + (release ? "v" + toolVersion : "main") + "/rules/" + rule + ".md";
    }
}
