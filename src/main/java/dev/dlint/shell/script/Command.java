package dev.dlint.shell.script;

/** One element of a pipeline: a simple command, a compound command or a function definition. */
public sealed interface Command extends Node permits SimpleCommand, CompoundCommand, FunctionDefinition {
}
