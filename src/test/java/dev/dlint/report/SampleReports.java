package dev.dlint.report;

import dev.dlint.catalog.BuiltinRules;
import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Category;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Fix;
import dev.dlint.rule.Precision;
import dev.dlint.rule.Related;
import dev.dlint.rule.RuleKind;
import dev.dlint.rule.RuleMetadata;
import dev.dlint.rule.Severity;
import dev.dlint.rule.Suppression;
import dev.dlint.rule.TextEdit;
import dev.dlint.rule.TextLocation;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A report built by hand, with real source text, that exercises everything reporters render: every severity and
 * category, a security rule, fixes (deletion and insertion), related locations, a suppressed finding, two findings of
 * one rule on one line, text that needs escaping in every format, a path with a space, a clean file and an unreadable
 * one. The rules are made up (except SyntaxError), so the output does not change when real rules do.
 */
final class SampleReports {

    static final String VERSION = "1.2.3";

    static final RuleMetadata SYNTAX_ERROR = BuiltinRules.catalog().named("SyntaxError").orElseThrow();
    static final RuleMetadata CURL_INSECURE_TLS = new RuleMetadata("CurlInsecureTls", RuleKind.DOCKERFILE,
            "curl runs with TLS certificate verification disabled", Severity.ERROR, Category.SECURITY, List.of(),
            true, true, false, Precision.HIGH);
    static final RuleMetadata UNPINNED_BASE_IMAGE = new RuleMetadata("UnpinnedBaseImage", RuleKind.DOCKERFILE,
            "The base image is not pinned by digest", Severity.INFO, Category.MAINTAINABILITY, List.of("DL3006"),
            true, true, false, Precision.VERY_HIGH);
    static final RuleMetadata CACHE_BUSTING_COPY = new RuleMetadata("CacheBustingCopy", RuleKind.DOCKERFILE,
            "COPY of the whole context before a dependency install", Severity.WARNING, Category.CACHE, List.of(),
            false, true, false, Precision.MEDIUM);
    static final RuleMetadata NOISY_ECHO = new RuleMetadata("NoisyEcho", RuleKind.DOCKERFILE,
            "An echo prints a progress message", Severity.STYLE, Category.STYLE, List.of(), false, true, false,
            Precision.LOW);
    static final RuleMetadata NEVER_REPORTS = new RuleMetadata("NeverReports", RuleKind.DOCKERFILE,
            "A rule with nothing to say here", Severity.WARNING, Category.CORRECTNESS, List.of(), false, true, false,
            Precision.HIGH);

    static final List<RuleMetadata> CATALOGUE = List.of(SYNTAX_ERROR, CURL_INSECURE_TLS, UNPINNED_BASE_IMAGE,
            CACHE_BUSTING_COPY, NOISY_ECHO, NEVER_REPORTS);

    static final String CURL_DOC = String.join("\n",
            "# CurlInsecureTls",
            "curl runs with TLS certificate verification disabled",
            "## What it flags",
            "A `RUN` instruction that calls curl with `-k` or `--insecure`.",
            "",
            "A second paragraph that the full description leaves out.",
            "## Why it matters",
            "The download is not authenticated: anyone on the network path can replace it.",
            "## Examples",
            "### Bad",
            "```dockerfile",
            "RUN curl -k https://example.com/x.sh -o x.sh",
            "```",
            "### Good",
            "```dockerfile",
            "RUN curl -fsSL https://example.com/x.sh -o x.sh",
            "```",
            "## How to fix",
            "Remove **-k**. For a private CA, add its certificate and pass [--cacert](https://curl.se/docs/manpage.html).",
            "## Aliases",
            "None.",
            "");

    /** The §8 example file of the SARIF reference, whose line 4 hashes to {@code dd4ab53da85b204b:1}. */
    static final String API_DOCKERFILE = "FROM debian:12-slim\n"
            + "RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \\\n"
            + " && rm -rf /var/lib/apt/lists/*\n"
            + "RUN curl -k -fsSL https://example.com/install.sh -o /tmp/install.sh\n"
            + "USER nobody\n";

    static final String ROOT_DOCKERFILE = "FORM alpine:3.20\n"
            + "RUN echo \"100%, done: ok\" && echo '<b>&</b>'\n";

    static final String WEB_DOCKERFILE = "FROM node:20 AS build\n"
            + "COPY . /app\n"
            + "RUN npm ci\n";

    private SampleReports() {
    }

    static ReportContext context() {
        return ReportContext.of(VERSION, CATALOGUE).withRuleDocs(RuleDocs.of(Map.of("CurlInsecureTls", CURL_DOC)));
    }

    /** The sample report, files in path order as the command line sorts them. */
    static Report report() {
        List<FileResult> files = new ArrayList<>();
        files.add(new FileResult("Containerfile", Optional.of(SourceText.of("FROM alpine:3.20\n")), List.of(),
                Optional.empty(), Severity.INFO));
        files.add(rootDockerfile());
        files.add(apiDockerfile());
        files.add(FileResult.unreadable("missing/Dockerfile", "no such file or directory"));
        files.add(webDockerfile());
        return new Report(files);
    }

    static FileResult apiDockerfile() {
        SourceText source = SourceText.of(API_DOCKERFILE);
        SourceRange tag = find(source, 1, "debian:12-slim");
        Finding unpinned = new Finding("UnpinnedBaseImage", Severity.INFO,
                "debian:12-slim can change under you. Pin it by digest.", new TextLocation(tag), List.of(),
                Optional.of(new Fix("Pin the digest", true, List.of(new TextEdit(endOf(tag), "@sha256:" + "0".repeat(64))))),
                Optional.empty(), List.of());
        SourceRange k = find(source, 4, "-k");
        Finding curl = new Finding("CurlInsecureTls", Severity.ERROR,
                "curl is called with -k, which disables TLS certificate verification. Remove -k so the download of "
                        + "https://example.com/install.sh is verified.", new TextLocation(k), List.of(),
                Optional.of(new Fix("Remove -k", false, List.of(new TextEdit(find(source, 4, "-k "), "")))),
                Optional.empty(), List.of());
        return new FileResult("docker/api/Dockerfile", Optional.of(source), List.of(unpinned, curl), Optional.empty(), Severity.INFO);
    }

    static FileResult rootDockerfile() {
        SourceText source = SourceText.of(ROOT_DOCKERFILE);
        Finding syntax = Finding.of("SyntaxError", Severity.ERROR, "unknown instruction: FORM (did you mean FROM?)",
                find(source, 1, "FORM"));
        Finding echo = Finding.of("NoisyEcho", Severity.STYLE,
                "echo prints \"100%, done: ok\" & '<b>&</b>':\nthe second line of a message", find(source, 2, "echo"));
        Finding silenced = Finding.of("NoisyEcho", Severity.STYLE, "echo prints markup",
                find(source, 2, "echo '")).suppressed(new Suppression(true, "kept on purpose: the demo needs it"));
        return new FileResult("Dockerfile", Optional.of(source), List.of(syntax, echo, silenced), Optional.empty(), Severity.INFO);
    }

    static FileResult webDockerfile() {
        SourceText source = SourceText.of(WEB_DOCKERFILE);
        SourceRange install = find(source, 3, "RUN npm ci");
        Finding copy = new Finding("CacheBustingCopy", Severity.WARNING,
                "COPY . /app → every change to any file reruns [npm ci].", new TextLocation(find(source, 2, "COPY . /app")),
                List.of(new Related("npm ci reinstalls every dependency.", install)), Optional.empty(),
                Optional.empty(), List.of());
        Finding again = new Finding("CacheBustingCopy", Severity.WARNING,
                "The context \".\" holds everything, including node_modules.", new TextLocation(find(source, 2, ".")), List.of(),
                Optional.empty(), Optional.empty(), List.of());
        return new FileResult("web app/Dockerfile.prod", Optional.of(source), List.of(copy, again), Optional.empty(), Severity.INFO);
    }

    static SourceRange endOf(SourceRange range) {
        return new SourceRange(range.endLine(), range.endColumn(), range.endLine(), range.endColumn());
    }

    /** The range of the first occurrence of {@code text} on a line. */
    static SourceRange find(SourceText source, int line, String text) {
        int column = source.line(line).indexOf(text);
        if (column < 0) {
            throw new IllegalArgumentException("'" + text + "' is not on line " + line);
        }
        int start = source.lineStart(line) + column;
        return source.range(start, start + text.length());
    }
}
