package dev.dlint.shell.script;

/** A piece of a {@link Word}. */
public sealed interface WordPart extends Node
        permits LiteralPart, ParameterExpansion, CommandSubstitution, ArithmeticExpansion {

    /** Whether the part was written inside quotes (or, for a literal, escaped with a backslash). */
    boolean quoted();

    /** The part's contribution to {@link Word#unquoted()}: a literal's value, or an expansion as written. */
    String unquoted();
}
