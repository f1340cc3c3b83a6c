package dev.dlint.cache;

import dev.dlint.cache.CacheBuildahOracleTest.Round;
import dev.dlint.cache.CacheBuildahOracleTest.Scenario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The oracle's scenarios. {@code BASE} in a Dockerfile is the busybox base image. Each round's divergences were
 * observed with buildah 1.28.2 (Debian 12), not assumed.
 */
final class Scenarios {

    private Scenarios() {
    }

    static List<Scenario> all() {
        List<Scenario> all = new ArrayList<>();
        all.add(scenario("narrow-copies")
                .files("a.txt", "b.txt", "c.txt")
                .dockerfile("""
                        FROM BASE
                        COPY a.txt /a
                        RUN cat /a > /a2
                        COPY b.txt /b
                        RUN cat /b > /b2
                        LABEL done=yes
                        """)
                .round(edit("b.txt"))
                .round(edit("a.txt", "b.txt"))
                .build());
        all.add(scenario("untouched-files")
                .files("a.txt", "notes/todo.txt", "c.txt")
                .dockerfile("""
                        FROM BASE
                        COPY a.txt /a
                        RUN cat /a > /a2
                        """)
                .round(edit("c.txt", "notes/todo.txt", "new-file.txt"))
                .build());
        all.add(scenario("broad-copy")
                .files("main.sh", "lib/util.sh", "lib/deep/x.sh")
                .dockerfile("""
                        FROM BASE
                        WORKDIR /app
                        RUN echo prepare > /prepared
                        COPY . .
                        RUN ls -R /app > /listing
                        """)
                .round(edit("lib/deep/x.sh"))
                .round(edit("added.txt"))
                .build());
        all.add(scenario("dockerignore-negation")
                .files("README.md", "notes.md", "logs/a.log", "src/app.sh", "docs/keep.md", "docs/drop.md")
                .file(".dockerignore", "*.md\n!README.md\nlogs/\ndocs\n!docs/keep.md\n")
                .dockerfile("""
                        FROM BASE
                        COPY . /app
                        RUN ls -R /app > /listing
                        """)
                .round(edit("notes.md", "logs/a.log", "logs/b.log", "docs/drop.md"))
                .round(edit("README.md"))
                .round(edit("docs/keep.md"))
                .build());
        all.add(scenario("dockerignore-doublestar")
                .files("app/main.sh", "app/cache/x.tmp", "app/deep/y.tmp", "app/deep/keep.tmp", "top.tmp")
                .file(".dockerignore", "**/*.tmp\n!app/deep/keep.tmp\n")
                .dockerfile("""
                        FROM BASE
                        COPY app /app
                        RUN ls -R /app > /listing
                        """)
                .round(edit("app/cache/x.tmp", "app/deep/y.tmp", "top.tmp", "app/deep/new.tmp"))
                .round(edit("app/new/z.tmp").differs("dlint's limitation, not buildah's: an ignored file in a new"
                        + " directory brings the directory itself into the COPY (BuildKit copies it too, empty);"
                        + " dlint is told of files and cannot know the directory is new", 2, 3))
                .round(edit("app/deep/keep.tmp"))
                .round(edit("app/main.sh"))
                .build());
        all.add(scenario("add-and-several-sources")
                .files("one.txt", "two.txt", "three.txt", "pkg/a.conf")
                .dockerfile("""
                        FROM BASE
                        ADD pkg/a.conf /etc/a.conf
                        COPY one.txt two.txt /multi/
                        RUN ls /multi > /multi-list
                        COPY three.txt /three
                        """)
                .round(edit("two.txt"))
                .round(edit("three.txt"))
                .round(edit("pkg/a.conf"))
                .build());
        all.add(scenario("wildcards")
                .files("a.json", "b.txt", "sub/c.json", "conf/x.yml", "conf/y.txt")
                .dockerfile("""
                        FROM BASE
                        COPY *.json /cfg/
                        RUN ls /cfg > /json-list
                        COPY conf/*.yml /yml/
                        RUN ls /yml > /yml-list
                        """)
                .round(edit("sub/c.json", "b.txt", "conf/y.txt"))
                .round(edit("conf/x.yml"))
                .round(edit("new.json"))
                .build());
        all.add(scenario("directories")
                .files("src/main.sh", "src/deep/inner/f.txt", "src/old.txt", "other/g.txt")
                .dockerfile("""
                        FROM BASE
                        COPY other/g.txt /g
                        COPY src/ /src/
                        RUN ls -R /src > /listing
                        """)
                .round(edit("src/deep/inner/f.txt"))
                .round(delete("src/old.txt"))
                .round(edit("other/unselected.txt"))
                .build());
        all.add(scenario("arg-after-steps")
                .files("a.txt", "b.txt")
                .args("V", "1")
                .dockerfile("""
                        FROM BASE
                        COPY a.txt /a
                        RUN echo before
                        ARG V=0
                        COPY b.txt /b
                        RUN echo does not use the argument
                        LABEL after=arg
                        RUN echo "uses $V"
                        """)
                .round(args("V", "2"))
                .round(edit("b.txt"))
                .build());
        all.add(scenario("arg-scopes")
                .files("a.txt")
                .args("G", "1", "V", "1")
                .dockerfile("""
                        ARG G=0
                        FROM BASE AS first
                        ARG V
                        RUN echo "first $V" > /first

                        FROM BASE
                        RUN echo not yet declared
                        ARG G
                        RUN echo "global $G"
                        COPY --from=first /first /first
                        RUN cat /first
                        """)
                .round(args("V", "2"))
                .round(args("G", "2"))
                .build());
        all.add(scenario("copy-from-stage")
                .files("b.txt", "c.txt")
                .dockerfile("""
                        FROM BASE AS builder
                        RUN echo one > /one
                        COPY b.txt /b
                        RUN cat /b > /bout
                        COPY c.txt /c

                        FROM BASE
                        COPY --from=builder /one /one
                        RUN cat /one
                        COPY --from=builder /bout /bout
                        RUN cat /bout
                        """)
                .round(edit("b.txt"))
                .round(edit("c.txt"))
                .build());
        all.add(scenario("from-stage-and-unused")
                .files("a.txt", "c.txt")
                .dockerfile("""
                        FROM BASE AS base
                        COPY a.txt /a

                        FROM BASE AS unused
                        COPY c.txt /c
                        RUN cat /c

                        FROM base AS child
                        RUN cat /a > /a2
                        LABEL child=yes
                        """)
                .round(edit("c.txt"))
                .round(edit("a.txt"))
                .build());
        all.add(scenario("target")
                .files("a.txt", "b.txt")
                .target("builder")
                .dockerfile("""
                        FROM BASE AS builder
                        COPY a.txt /a
                        RUN cat /a > /a2

                        FROM builder AS final
                        COPY b.txt /b
                        RUN cat /b
                        """)
                .round(edit("b.txt"))
                .round(edit("a.txt"))
                .build());
        all.add(scenario("bind-mount")
                .files("a.txt", "b.txt")
                .dockerfile("""
                        FROM BASE
                        RUN --mount=type=bind,source=a.txt,target=/m/a.txt cat /m/a.txt > /seen
                        COPY b.txt /b
                        RUN cat /b
                        """)
                .round(edit("a.txt").differs("buildah 1.28 leaves bind-mounted context files out of the cache key,"
                        + " BuildKit checksums them", 2, 3, 4))
                .round(edit("b.txt"))
                .build());
        all.add(scenario("arg-shadowed-by-env")
                .files("a.txt")
                .args("V", "1")
                .dockerfile("""
                        FROM BASE
                        ARG V
                        ENV V=fixed
                        RUN echo "sees $V"
                        """)
                .round(args("V", "2"))
                .build());
        all.add(scenario("arg-set-first-time")
                .files("a.txt")
                .dockerfile("""
                        FROM BASE
                        ARG V
                        COPY a.txt /a
                        RUN echo "sees $V"
                        """)
                .round(args("V", "1").differs("buildah 1.28 misses at the COPY after ARG V when V gets its first"
                        + " value (a value that changes later does not, see arg-after-steps); BuildKit's COPY does"
                        + " not read V", 3))
                .build());
        return all;
    }

    // ---- a small builder ----

    private static Builder scenario(String name) {
        return new Builder(name);
    }

    private static RoundBuilder edit(String... paths) {
        return new RoundBuilder().edit(paths);
    }

    private static RoundBuilder delete(String... paths) {
        RoundBuilder round = new RoundBuilder();
        round.deletions.addAll(List.of(paths));
        return round;
    }

    private static RoundBuilder args(String... pairs) {
        RoundBuilder round = new RoundBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            round.args.put(pairs[i], pairs[i + 1]);
        }
        return round;
    }

    static final class RoundBuilder {
        private final List<String> edits = new ArrayList<>();
        private final List<String> deletions = new ArrayList<>();
        private final Map<String, String> args = new LinkedHashMap<>();
        private final Map<Integer, String> divergences = new LinkedHashMap<>();

        RoundBuilder edit(String... paths) {
            edits.addAll(List.of(paths));
            return this;
        }

        /**
         * Lines where dlint and buildah are known to decide differently in this round, and why: buildah 1.28 deciding
         * unlike BuildKit, or a limit of dlint's, said as such.
         */
        RoundBuilder differs(String why, int... lines) {
            for (int line : lines) {
                divergences.put(line, why);
            }
            return this;
        }

        Round build() {
            return new Round(edits, deletions, args, divergences);
        }
    }

    static final class Builder {
        private final String name;
        private final Map<String, String> files = new LinkedHashMap<>();
        private final Map<String, String> args = new LinkedHashMap<>();
        private final List<Round> rounds = new ArrayList<>();
        private String dockerfile = "";
        private Optional<String> target = Optional.empty();

        Builder(String name) {
            this.name = name;
        }

        Builder files(String... paths) {
            for (String path : paths) {
                files.put(path, path + "\n");
            }
            return this;
        }

        Builder file(String path, String content) {
            files.put(path, content);
            return this;
        }

        Builder args(String... pairs) {
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                args.put(pairs[i], pairs[i + 1]);
            }
            return this;
        }

        Builder dockerfile(String text) {
            dockerfile = text;
            return this;
        }

        Builder target(String stage) {
            target = Optional.of(stage);
            return this;
        }

        Builder round(RoundBuilder round) {
            rounds.add(round.build());
            return this;
        }

        Scenario build() {
            return new Scenario(name, files, dockerfile, target, args, rounds);
        }
    }
}
