package dev.dlint.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule fixture: a Dockerfile whose expectations are written inline.
 *
 * <ul>
 *   <li>{@code # expect: Rule} on a comment line applies to the next instruction: the rule must report a finding that
 *       starts on that instruction's first line. {@code # expect: Rule@+2} moves it 2 lines down
 *       ({@code @-1} one line up, for findings on the comments above an instruction);
 *       {@code # expect: Rule:12} also pins the start column; {@code # expect: Rule "text"} requires the text in the
 *       message; {@code # expect: Rule as DL3043} requires the finding to carry exactly these aliases.</li>
 *   <li>A file without markers for a rule must produce no finding of that rule.</li>
 *   <li>Header lines {@code # dlint-test: build-arg K=V}, {@code # dlint-test: enable Rule},
 *       {@code # dlint-test: option Rule key=value}, {@code # dlint-test: trusted-registry host},
 *       {@code # dlint-test: target STAGE} configure the run; {@code # dlint-test: fixes safe} makes the
 *       {@code .fixed} twin the result of the safe fixes alone (as {@code dlint fix} without unsafe fixes), where by
 *       default it is the result of all fixes; {@code # dlint-test: dockerignore PATTERN} lines make a
 *       {@code .dockerignore} next to the linted Dockerfile (one pattern per header line),
 *       {@code # dlint-test: dockerfile-dockerignore PATTERN} lines a {@code Dockerfile.dockerignore}, and
 *       {@code # dlint-test: file|dir|link …} lines (see {@link ContextSpec}) entries of the build context. A fixture
 *       with any of these is linted as {@code Dockerfile} in a real directory holding them, which is its build
 *       context; any other fixture is linted without a build context. {@code # dlint-test: shellcheck on} runs the
 *       {@code shellcheck} on PATH for the ShellCheck rule (the fixture is skipped, visibly, where it is not
 *       installed); {@code # dlint-test: onbuild-variant off} keeps a fixture of a rule that checks ONBUILD triggers
 *       from being re-run with its RUNs wrapped in ONBUILD (for cases whose findings depend on ARG or ENV values,
 *       which a trigger does not see). {@code # dlint-test: registry REF = MANIFEST} lines make the run resolve
 *       image digests ({@code dlint fix --resolve-digests}) with a {@code skopeo} written for the test: it prints
 *       MANIFEST for {@code skopeo inspect --raw docker://REF} and fails, as for an unknown image, for any other
 *       reference; the digest is the SHA-256 of MANIFEST.</li>
 * </ul>
 */
public record Fixture(String name, String text, List<Expectation> expectations, List<String> buildArgs,
                      List<String> enabled, List<String[]> options, List<String> trustedRegistries,
                      Optional<String> target, boolean safeFixesOnly, List<String> dockerignore,
                      List<String> dockerfileIgnore, List<ContextSpec> context, boolean shellCheck,
                      boolean onbuildVariant, List<String> registry) {

    public Fixture {
        registry = List.copyOf(registry);
        dockerignore = List.copyOf(dockerignore);
        dockerfileIgnore = List.copyOf(dockerfileIgnore);
        context = List.copyOf(context);
    }

    /** Whether the fixture describes a build context: then it is linted in a real directory built from it. */
    public boolean hasContext() {
        return !dockerignore.isEmpty() || !dockerfileIgnore.isEmpty() || !context.isEmpty();
    }

    /** The same fixture with another {@code .dockerignore} (one pattern per element). */
    public Fixture withDockerignore(List<String> lines) {
        return new Fixture(name, text, expectations, buildArgs, enabled, options, trustedRegistries, target,
                safeFixesOnly, lines, dockerfileIgnore, context, shellCheck, onbuildVariant, registry);
    }

    private static final Pattern EXPECT = Pattern.compile(
            "^\\s*#\\s*expect:\\s*(\\w+)(?:@([+-]\\d+))?(?::(\\d+))?(?:\\s+as\\s+([\\w,]+))?(?:\\s+\"(.*)\")?\\s*$");
    private static final Pattern HEADER = Pattern.compile("^\\s*#\\s*dlint-test:\\s*(\\S+)\\s+(.*)$");

    /** One expected finding. */
    public record Expectation(String rule, int markerLine, int lineOffset, Optional<Integer> column,
                              Optional<List<String>> aliases, Optional<String> messagePart) {
    }

    /** This fixture run with the installed shellcheck. */
    public Fixture withShellCheck() {
        return new Fixture(name, text, expectations, buildArgs, enabled, options, trustedRegistries, target,
                safeFixesOnly, dockerignore, dockerfileIgnore, context, true, onbuildVariant, registry);
    }

    public static Fixture parse(String name, String text) {
        List<Expectation> expectations = new ArrayList<>();
        List<String> buildArgs = new ArrayList<>();
        List<String> enabled = new ArrayList<>();
        List<String[]> options = new ArrayList<>();
        List<String> registries = new ArrayList<>();
        Optional<String> target = Optional.empty();
        boolean safeOnly = false;
        boolean shellCheck = false;
        boolean onbuildVariant = true;
        List<String> dockerignore = new ArrayList<>();
        List<String> dockerfileIgnore = new ArrayList<>();
        List<ContextSpec> context = new ArrayList<>();
        List<String> registry = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = EXPECT.matcher(lines[i]);
            if (m.matches()) {
                expectations.add(new Expectation(m.group(1), i + 1, m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                        Optional.ofNullable(m.group(3)).map(Integer::parseInt),
                        Optional.ofNullable(m.group(4)).map(a -> List.of(a.split(","))), Optional.ofNullable(m.group(5))));
                continue;
            }
            Matcher h = HEADER.matcher(lines[i]);
            if (h.matches()) {
                switch (h.group(1)) {
                    case "build-arg":
                        buildArgs.add(h.group(2).strip());
                        break;
                    case "enable":
                        enabled.add(h.group(2).strip());
                        break;
                    case "option":
                        options.add(h.group(2).strip().split("\\s+", 2));
                        break;
                    case "trusted-registry":
                        registries.add(h.group(2).strip());
                        break;
                    case "target":
                        target = Optional.of(h.group(2).strip());
                        break;
                    case "fixes":
                        safeOnly = h.group(2).strip().equals("safe");
                        break;
                    case "shellcheck":
                        shellCheck = h.group(2).strip().equals("on");
                        break;
                    case "onbuild-variant":
                        onbuildVariant = !h.group(2).strip().equals("off");
                        break;
                    case "dockerignore":
                        dockerignore.add(h.group(2).strip());
                        break;
                    case "dockerfile-dockerignore":
                        dockerfileIgnore.add(h.group(2).strip());
                        break;
                    case "registry":
                        registry.add(h.group(2).strip());
                        break;
                    case "file":
                    case "dir":
                    case "link":
                        context.add(ContextSpec.parse(h.group(1), h.group(2)));
                        break;
                    default:
                        throw new IllegalArgumentException(name + ":" + (i + 1) + ": unknown dlint-test header " + h.group(1));
                }
            }
        }
        return new Fixture(name, text, expectations, buildArgs, enabled, options, registries, target, safeOnly,
                dockerignore, dockerfileIgnore, context, shellCheck, onbuildVariant, registry);
    }
}
