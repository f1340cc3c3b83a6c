package dev.dlint.model;

import dev.dlint.shell.script.ParsedScript;
import dev.dlint.text.SourceRange;

/** A piece of shell code a RUN executes, parsed, with the source position of every character of its text. */
public record ShellScript(Word text, ParsedScript parsed) {

    /** Source range of the script text {@code [start, end)}, e.g. of a shell word or command. */
    public SourceRange range(int start, int end) {
        return text.range(start, Math.min(end, text.text().length()));
    }
}
