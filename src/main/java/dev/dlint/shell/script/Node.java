package dev.dlint.shell.script;

/**
 * A node of the shell syntax tree.
 *
 * <p>Every node covers the characters {@code [start, end)} of the string given to {@link ShellParser#parse(String)}. Nodes parsed
 * from a string whose text is not a verbatim slice of the input (a backquoted command with escaped characters, or an
 * {@code sh -c} argument with quotes or escapes inside) all report the range of the enclosing word instead.
 *
 * <p>The nodes are records: {@code equals}, {@code hashCode} and {@code toString} are generated and recurse through the
 * whole subtree. The parser bounds the nesting, but on a tree nested near that bound they need a larger stack than
 * parsing and {@link CommandWalker walking} do.
 */
public sealed interface Node
        permits Script, Statement, Pipeline, Operator, Command, IfBranch, CaseItem, Word, WordPart, Assignment, Redirection,
                HereDocument {

    /** Offset of the first character of this node. */
    int start();

    /** Offset just past the last character of this node. */
    int end();
}
