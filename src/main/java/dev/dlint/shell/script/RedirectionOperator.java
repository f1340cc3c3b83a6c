package dev.dlint.shell.script;

/** The redirection operators. */
public enum RedirectionOperator {
    /** {@code <} */
    INPUT("<"),
    /** {@code >} */
    OUTPUT(">"),
    /** {@code >>} */
    APPEND(">>"),
    /** {@code >|} */
    CLOBBER(">|"),
    /** {@code <>} */
    READ_WRITE("<>"),
    /** {@code <&} */
    DUPLICATE_INPUT("<&"),
    /** {@code >&}, e.g. {@code 2>&1} */
    DUPLICATE_OUTPUT(">&"),
    /** {@code <<}: a here-document */
    HERE_DOCUMENT("<<"),
    /** {@code <<-}: a here-document whose lines may be indented with tabs */
    HERE_DOCUMENT_STRIP_TABS("<<-"),
    /** {@code <<<}: a here-string (bash) */
    HERE_STRING("<<<"),
    /** {@code &>}: standard output and error to a file (bash) */
    OUTPUT_AND_ERROR("&>"),
    /** {@code &>>}: standard output and error appended to a file (bash) */
    APPEND_OUTPUT_AND_ERROR("&>>");

    private final String symbol;

    RedirectionOperator(String symbol) {
        this.symbol = symbol;
    }

    /** The operator as written. */
    public String symbol() {
        return symbol;
    }

    /** Whether this operator starts a here-document. */
    public boolean isHereDocument() {
        return this == HERE_DOCUMENT || this == HERE_DOCUMENT_STRIP_TABS;
    }

    static RedirectionOperator bySymbol(String symbol) {
        for (RedirectionOperator operator : values()) {
            if (operator.symbol.equals(symbol)) {
                return operator;
            }
        }
        return null;
    }
}
