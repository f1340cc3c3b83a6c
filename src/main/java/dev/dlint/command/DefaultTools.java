package dev.dlint.command;

import java.util.ArrayList;
import java.util.List;

/** The tools and wrappers of {@link ToolRegistry#defaults()}, gathered from the per-family spec classes. */
final class DefaultTools {
    private DefaultTools() {
    }

    static List<ToolSpec> tools() {
        List<ToolSpec> tools = new ArrayList<>();
        tools.addAll(AptSpecs.all());
        tools.addAll(FileSpecs.all());
        tools.addAll(NetworkSpecs.all());
        tools.addAll(RpmSpecs.all());
        tools.addAll(ApkSpecs.all());
        tools.addAll(PythonSpecs.all());
        tools.addAll(NodeSpecs.all());
        tools.addAll(RubySpecs.all());
        tools.addAll(BuildSpecs.all());
        return List.copyOf(tools);
    }

    static List<WrapperSpec> wrappers() {
        return WrapperSpecs.all();
    }
}
