package dev.dlint.command;

import dev.dlint.shell.script.SimpleCommand;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tools and wrappers dlint knows, looked up by the name a command runs them by. Immutable;
 * {@link #defaults()} is the registry every rule uses, built once.
 */
public final class ToolRegistry {
    private static final ToolRegistry DEFAULTS = new ToolRegistry(DefaultTools.tools(), DefaultTools.wrappers());

    private final List<ToolSpec> tools;
    private final List<WrapperSpec> wrappers;
    private final Map<String, ToolSpec> byName;
    private final List<ToolSpec> patterned;
    private final Map<String, WrapperSpec> wrappersByName;

    private ToolRegistry(List<ToolSpec> tools, List<WrapperSpec> wrappers) {
        this.tools = List.copyOf(tools);
        this.wrappers = List.copyOf(wrappers);
        Map<String, ToolSpec> names = new LinkedHashMap<>();
        List<ToolSpec> withPatterns = new ArrayList<>();
        for (ToolSpec tool : this.tools) {
            for (String name : tool.names()) {
                if (names.putIfAbsent(name, tool) != null) {
                    throw new IllegalArgumentException("two tools are run by " + name);
                }
            }
            if (!tool.namePatterns().isEmpty()) {
                withPatterns.add(tool);
            }
        }
        Map<String, WrapperSpec> wrapperNames = new LinkedHashMap<>();
        for (WrapperSpec wrapper : this.wrappers) {
            for (String name : wrapper.tool().names()) {
                if (wrapperNames.putIfAbsent(name, wrapper) != null || names.containsKey(name)) {
                    throw new IllegalArgumentException("two tools are run by " + name);
                }
            }
        }
        this.byName = Map.copyOf(names);
        this.patterned = List.copyOf(withPatterns);
        this.wrappersByName = Map.copyOf(wrapperNames);
    }

    /** The built-in registry. */
    public static ToolRegistry defaults() {
        return DEFAULTS;
    }

    /** A registry of exactly these tools and wrappers; names must not clash. */
    public static ToolRegistry of(List<ToolSpec> tools, List<WrapperSpec> wrappers) {
        return new ToolRegistry(tools, wrappers);
    }

    /** The tools, in the order given. */
    public List<ToolSpec> tools() {
        return tools;
    }

    /** The wrappers, in the order given. */
    public List<WrapperSpec> wrappers() {
        return wrappers;
    }

    /** The tool (or wrapper, read as a tool) that {@code commandName}, a basename, runs. */
    public Optional<ToolSpec> lookup(String commandName) {
        ToolSpec exact = byName.get(commandName);
        if (exact != null) {
            return Optional.of(exact);
        }
        WrapperSpec wrapper = wrappersByName.get(commandName);
        if (wrapper != null) {
            return Optional.of(wrapper.tool());
        }
        for (ToolSpec tool : patterned) {
            if (tool.isRunBy(commandName)) {
                return Optional.of(tool);
            }
        }
        return Optional.empty();
    }

    /** The wrapper that {@code commandName} runs, if it is one. */
    public Optional<WrapperSpec> wrapper(String commandName) {
        return Optional.ofNullable(wrappersByName.get(commandName));
    }

    /**
     * The invocation {@code command} makes, looking through wrappers; empty for a command with no words (only assignments or
     * redirections) or whose name (or wrapped command's name) contains an expansion.
     */
    public Optional<Invocation> parse(SimpleCommand command) {
        return new InvocationReader(this).read(command);
    }
}
