package dev.dlint.build;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;

/**
 * Builds dlint's rule catalogue at compile time: reads every {@code @RuleInfo} class, checks that it is a rule dlint
 * can list and create (a public final top-level class with a public no-argument constructor that implements
 * {@code DockerfileRule} or {@code ImageRule}, with a name and aliases no other rule uses), and writes
 * {@code dev.dlint.catalog.GeneratedRules}: the metadata as constants and a factory that creates a rule only when it
 * runs. Whether a rule is fixable is derived from it implementing {@code Fixable}. Mistakes are compile errors.
 */
@SupportedAnnotationTypes(RuleCatalogProcessor.RULE_INFO)
public final class RuleCatalogProcessor extends AbstractProcessor {

    static final String RULE_INFO = "dev.dlint.rule.RuleInfo";
    private static final String DOCKERFILE_RULE = "dev.dlint.rule.DockerfileRule";
    private static final String IMAGE_RULE = "dev.dlint.rule.ImageRule";
    private static final String FIXABLE = "dev.dlint.rule.Fixable";
    private static final String GENERATED = "dev.dlint.catalog.GeneratedRules";

    /** One rule as the catalogue records it. */
    private record Entry(String name, String className, String kind, String summary, String severity, String category,
                         List<String> aliases, boolean fixable, boolean enabledByDefault, boolean onbuild,
                         String precision) {
    }

    private boolean written;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement ruleInfo = processingEnv.getElementUtils().getTypeElement(RULE_INFO);
        if (written || ruleInfo == null) {
            return false;
        }
        List<Entry> entries = new ArrayList<>();
        for (Element element : round.getElementsAnnotatedWith(ruleInfo)) {
            Entry entry = read((TypeElement) element, ruleInfo);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (entries.isEmpty() || !unique(entries, round)) {
            return false;
        }
        entries.sort(Comparator.comparing(Entry::kind).thenComparing(Entry::name));
        write(entries);
        written = true;
        return false;
    }

    private Entry read(TypeElement type, TypeElement ruleInfo) {
        String name = type.getSimpleName().toString();
        boolean ok = true;
        if (type.getKind() != ElementKind.CLASS || type.getNestingKind() != NestingKind.TOP_LEVEL
                || !type.getModifiers().contains(Modifier.PUBLIC) || !type.getModifiers().contains(Modifier.FINAL)) {
            ok = error(type, "a rule must be a public final top-level class");
        }
        List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
        boolean creatable = constructors.stream().anyMatch(c -> c.getParameters().isEmpty()
                && c.getModifiers().contains(Modifier.PUBLIC));
        if (!creatable) {
            ok = error(type, "a rule needs a public no-argument constructor");
        }
        String kind;
        if (isA(type, DOCKERFILE_RULE)) {
            kind = "DOCKERFILE";
        } else if (isA(type, IMAGE_RULE)) {
            kind = "IMAGE";
        } else {
            error(type, "a rule must implement DockerfileRule or ImageRule");
            return null;
        }
        Map<String, Object> values = values(type, ruleInfo);
        if (!ok) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<String> aliases = (List<String>) values.get("aliases");
        return new Entry(name, type.getQualifiedName().toString(), kind, (String) values.get("summary"),
                (String) values.get("severity"), (String) values.get("category"), aliases, isA(type, FIXABLE),
                (Boolean) values.get("enabledByDefault"), (Boolean) values.get("onbuild"),
                (String) values.get("precision"));
    }

    /** The annotation's values with defaults: strings, booleans, enum constant names, lists of strings. */
    private Map<String, Object> values(TypeElement type, TypeElement ruleInfo) {
        Map<String, Object> values = new HashMap<>();
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            if (!mirror.getAnnotationType().asElement().equals(ruleInfo)) {
                continue;
            }
            Map<? extends ExecutableElement, ? extends AnnotationValue> all =
                    processingEnv.getElementUtils().getElementValuesWithDefaults(mirror);
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : all.entrySet()) {
                values.put(e.getKey().getSimpleName().toString(), plain(e.getValue().getValue()));
            }
        }
        return values;
    }

    private static Object plain(Object value) {
        if (value instanceof List) {
            List<String> items = new ArrayList<>();
            for (Object item : (List<?>) value) {
                items.add(String.valueOf(plain(((AnnotationValue) item).getValue())));
            }
            return items;
        }
        if (value instanceof Element) {
            return ((Element) value).getSimpleName().toString();
        }
        return value;
    }

    private boolean isA(TypeElement type, String interfaceName) {
        TypeElement target = processingEnv.getElementUtils().getTypeElement(interfaceName);
        if (target == null) {
            return false;
        }
        TypeMirror erased = processingEnv.getTypeUtils().erasure(target.asType());
        return processingEnv.getTypeUtils().isAssignable(type.asType(), erased);
    }

    /** No two rules share a name or an alias (case-insensitive), and no alias is another rule's name. */
    private boolean unique(List<Entry> entries, RoundEnvironment round) {
        Map<String, String> owners = new HashMap<>();
        boolean ok = true;
        for (Entry entry : entries) {
            List<String> names = new ArrayList<>(entry.aliases());
            names.add(0, entry.name());
            for (String id : names) {
                String previous = owners.putIfAbsent(id.toLowerCase(java.util.Locale.ROOT), entry.name());
                if (previous != null && !previous.equals(entry.name())) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "rule name or alias '" + id
                            + "' is used by both " + previous + " and " + entry.name());
                    ok = false;
                }
            }
        }
        return ok;
    }

    private void write(List<Entry> entries) {
        StringBuilder java = new StringBuilder();
        java.append("package dev.dlint.catalog;\n\n")
                .append("import dev.dlint.rule.Category;\n")
                .append("import dev.dlint.rule.Precision;\n")
                .append("import dev.dlint.rule.Rule;\n")
                .append("import dev.dlint.rule.RuleKind;\n")
                .append("import dev.dlint.rule.RuleMetadata;\n")
                .append("import dev.dlint.rule.Severity;\n")
                .append("import java.util.List;\n\n")
                .append("/** Generated by dev.dlint.build.RuleCatalogProcessor from the rules' @RuleInfo; do not edit. */\n")
                .append("final class GeneratedRules {\n\n")
                .append("    static final List<RuleMetadata> METADATA = List.of(\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            java.append("            new RuleMetadata(").append(literal(e.name())).append(", RuleKind.").append(e.kind())
                    .append(", ").append(literal(e.summary())).append(", Severity.").append(e.severity())
                    .append(", Category.").append(e.category()).append(", List.of(");
            for (int a = 0; a < e.aliases().size(); a++) {
                java.append(a == 0 ? "" : ", ").append(literal(e.aliases().get(a)));
            }
            java.append("), ").append(e.fixable()).append(", ").append(e.enabledByDefault()).append(", ")
                    .append(e.onbuild()).append(", Precision.").append(e.precision()).append(')')
                    .append(i + 1 < entries.size() ? ",\n" : ");\n\n");
        }
        java.append("    private GeneratedRules() {\n    }\n\n")
                .append("    /** A new instance of the rule with this name. */\n")
                .append("    static Rule create(String name) {\n")
                .append("        switch (name) {\n");
        for (Entry e : entries) {
            java.append("            case ").append(literal(e.name())).append(":\n")
                    .append("                return new ").append(e.className()).append("();\n");
        }
        java.append("            default:\n")
                .append("                throw new IllegalArgumentException(\"no rule named \" + name);\n")
                .append("        }\n    }\n}\n");
        try (Writer out = processingEnv.getFiler().createSourceFile(GENERATED).openWriter()) {
            out.write(java.toString());
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + GENERATED + ": " + e);
        }
    }

    private String literal(String text) {
        return processingEnv.getElementUtils().getConstantExpression(text);
    }

    private boolean error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
        return false;
    }
}
