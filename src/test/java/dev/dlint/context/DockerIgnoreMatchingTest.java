package dev.dlint.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table of {@code .dockerignore} cases. Each row is {@code lines ⟶ path ⟶ expected}, lines separated by
 * {@code " ; "}; the expectation was worked out from moby/patternmatcher and fsutil (both answers BuildKit gives
 * agree on every row here; the one place they differ has its own test).
 */
class DockerIgnoreMatchingTest {

    private static final String TABLE = """
            # plain names and wildcards
            *.md                          ⟶ README.md                ⟶ excluded
            *.md                          ⟶ docs/README.md           ⟶ sent
            **/*.md                       ⟶ docs/a/README.md         ⟶ excluded
            **/*.md                       ⟶ README.md                ⟶ excluded
            *                             ⟶ a                        ⟶ excluded
            *                             ⟶ a/b/c                    ⟶ excluded
            ?                             ⟶ a                        ⟶ excluded
            ?                             ⟶ ab                       ⟶ sent
            file?.txt                     ⟶ file1.txt                ⟶ excluded
            file?.txt                     ⟶ file/.txt                ⟶ sent
            a.b                           ⟶ axb                      ⟶ sent
            a.b                           ⟶ a.b                      ⟶ excluded
            a+b                           ⟶ a+b                      ⟶ excluded
            a+*                           ⟶ a+x                      ⟶ excluded
            (x)*                          ⟶ (x)y                     ⟶ excluded
            {a,b}                         ⟶ a                        ⟶ sent
            {a,b}                         ⟶ {a,b}                    ⟶ excluded
            a b                           ⟶ a b                      ⟶ excluded
            é*                            ⟶ éa                       ⟶ excluded
            # a directory pattern excludes everything below it
            docs                          ⟶ docs/a/b.txt             ⟶ excluded
            docs                          ⟶ docsx/a                  ⟶ sent
            docs                          ⟶ sub/docs/a               ⟶ sent
            docs/*                        ⟶ docs                     ⟶ sent
            docs/*                        ⟶ docs/a/b                 ⟶ excluded
            */*.log                       ⟶ a/x.log                  ⟶ excluded
            */*.log                       ⟶ x.log                    ⟶ sent
            */*.log                       ⟶ a/b/x.log                ⟶ sent
            # trailing slash, leading slash, . and .. components (cleaned like filepath.Clean)
            docs/                         ⟶ docs/a                   ⟶ excluded
            build/                        ⟶ build                    ⟶ excluded
            */                            ⟶ topfile                  ⟶ excluded
            /docs                         ⟶ docs/a                   ⟶ excluded
            ./docs                        ⟶ docs                     ⟶ excluded
            docs/../src                   ⟶ src/main.go              ⟶ excluded
            docs/../src                   ⟶ docs/x                   ⟶ sent
            ../docs                       ⟶ docs                     ⟶ sent
            a//b/./c                      ⟶ a/b/c                    ⟶ excluded
            /                             ⟶ anything                 ⟶ sent
            .                             ⟶ a                        ⟶ sent
            # ** at the start, in the middle, at the end
            **                            ⟶ any/thing/at/all         ⟶ excluded
            **/                           ⟶ x                        ⟶ excluded
            **/node_modules               ⟶ node_modules/x           ⟶ excluded
            **/node_modules               ⟶ a/b/node_modules/c/d.js  ⟶ excluded
            **/node_modules               ⟶ a/my_node_modules/x      ⟶ sent
            **node_modules                ⟶ a/my_node_modules        ⟶ excluded
            **/.git                       ⟶ sub/.git/HEAD            ⟶ excluded
            .git                          ⟶ sub/.git/HEAD            ⟶ sent
            a/**/b                        ⟶ a/b                      ⟶ excluded
            a/**/b                        ⟶ a/x/y/b                  ⟶ excluded
            a/**/b                        ⟶ a/xb                     ⟶ sent
            a**b                          ⟶ ab                       ⟶ excluded
            a**b                          ⟶ a/x/b                    ⟶ excluded
            a**b                          ⟶ axb                      ⟶ sent
            dir/**/*.tmp                  ⟶ dir/x.tmp                ⟶ excluded
            dir/**/*.tmp                  ⟶ other/dir/x.tmp          ⟶ sent
            docs/**                       ⟶ docs                     ⟶ sent
            docs/**                       ⟶ docs/x/y                 ⟶ excluded
            foo/**/                       ⟶ foo/bar                  ⟶ excluded
            **/**/*.txt                   ⟶ file.txt                 ⟶ excluded
            # no special treatment of dotfiles
            .*                            ⟶ .env                     ⟶ excluded
            .*                            ⟶ env                      ⟶ sent
            .*                            ⟶ a/.env                   ⟶ sent
            *                             ⟶ .hidden                  ⟶ excluded
            # character classes: ranges and ^ negation; ! is an ordinary character
            [abc].txt                     ⟶ b.txt                    ⟶ excluded
            [abc].txt                     ⟶ d.txt                    ⟶ sent
            [a-c]x                        ⟶ bx                       ⟶ excluded
            [^a-c]x                       ⟶ dx                       ⟶ excluded
            [^a-c]x                       ⟶ ax                       ⟶ sent
            [!a]x                         ⟶ !x                       ⟶ excluded
            [!a]x                         ⟶ bx                       ⟶ sent
            [\\]a]                        ⟶ ]                        ⟶ excluded
            [x\\-]                        ⟶ -                        ⟶ excluded
            # the expression patternmatcher builds shows through
            [[:alpha:]]x                  ⟶ bx                       ⟶ excluded
            [[:alpha:]]x                  ⟶ :x                       ⟶ sent
            [*]                           ⟶ ]                        ⟶ excluded
            [*]                           ⟶ *                        ⟶ sent
            ^foo*                         ⟶ foobar                   ⟶ excluded
            ^foo*                         ⟶ ^foobar                  ⟶ sent
            ^foo                          ⟶ ^foo                     ⟶ excluded
            \\d                           ⟶ 5                        ⟶ excluded
            \\d                           ⟶ d                        ⟶ sent
            # escapes
            \\*.txt                       ⟶ *.txt                    ⟶ excluded
            \\*.txt                       ⟶ a.txt                    ⟶ sent
            \\[x\\]                       ⟶ [x]                      ⟶ excluded
            a\\\\b                        ⟶ a\\b                     ⟶ excluded
            \\!important                  ⟶ !important               ⟶ excluded
            # later patterns win; ! re-includes
            *.md ; !README.md             ⟶ README.md                ⟶ sent
            *.md ; !README.md             ⟶ CHANGES.md               ⟶ excluded
            !README.md ; *.md             ⟶ README.md                ⟶ excluded
            docs ; !docs/README.md        ⟶ docs/README.md           ⟶ sent
            docs ; !docs/README.md        ⟶ docs/other.md            ⟶ excluded
            docs ; !docs/keep             ⟶ docs/keep/x.txt          ⟶ sent
            docs ; !docs/*.md             ⟶ docs/a.md                ⟶ sent
            docs ; !docs/*.md             ⟶ docs/a.txt               ⟶ excluded
            **/*.log ; !important.log     ⟶ important.log            ⟶ sent
            **/*.log ; !important.log     ⟶ a/important.log          ⟶ excluded
            * ; !src ; src/*.tmp          ⟶ src/a.go                 ⟶ sent
            * ; !src ; src/*.tmp          ⟶ src/a.tmp                ⟶ excluded
            * ; !src ; src/*.tmp          ⟶ README                   ⟶ excluded
            **/node_modules ; !node_modules/keep ⟶ node_modules/keep/a ⟶ sent
            # reading: trimming, comments, the ! prefix
              foo                         ⟶ foo                      ⟶ excluded
            * ; !  foo                    ⟶ foo                      ⟶ sent
            * ; /!foo                     ⟶ foo                      ⟶ sent
            foo # not a comment           ⟶ foo                      ⟶ sent
            foo # not a comment           ⟶ foo # not a comment      ⟶ excluded
            """;

    static Stream<Arguments> table() {
        List<Arguments> rows = new ArrayList<>();
        for (String row : TABLE.split("\n")) {
            if (row.isBlank() || row.strip().startsWith("# ")) {
                continue;
            }
            String[] cells = row.split("⟶");
            String lines = cells[0].strip().replace(" ; ", "\n");
            if (cells[0].startsWith("  ")) {
                lines = "  " + lines; // the leading-space row keeps its spaces
            }
            rows.add(Arguments.of(lines, cells[1].strip(), cells[2].strip()));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "[{index}] {0} ⟶ {1} ⟶ {2}")
    @MethodSource("table")
    void matchesAsBuildKit(String lines, String path, String expected) throws DockerIgnoreException {
        DockerIgnore ignore = DockerIgnore.parse(lines, ".dockerignore");
        boolean excluded = expected.equals("excluded");
        assertThat(ignore.verdict(path).excluded()).as("transfer verdict").isEqualTo(excluded);
        assertThat(ignore.excludes(path)).as("MatchesOrParentMatches").isEqualTo(excluded);
    }

    @Test
    void theTableIsLarge() {
        assertThat(table().count()).isGreaterThanOrEqualTo(100);
    }

    @Test
    void aPatternSkippedForTheParentIsNotPassedDown() throws DockerIgnoreException {
        DockerIgnore ignore = DockerIgnore.parse("a\n!a/b\na\n", ".dockerignore");
        assertThat(ignore.excludes("a/b")).as("CopyIgnoredFile's MatchesOrParentMatches").isTrue();
        assertThat(ignore.verdict("a/b").excluded()).as("what fsutil sends").isFalse();
        assertThat(ignore.verdict("a/b").decidedBy()).map(IgnorePattern::line).hasValue(2);
        assertThat(ignore.decidingPattern("a/b")).map(IgnorePattern::line).hasValue(3);
    }

    @Test
    void theDecidingPatternNamesItsLine() throws DockerIgnoreException {
        DockerIgnore ignore = DockerIgnore.parse("# build output\n\n/dist/\n*.md\n!README.md\n", ".dockerignore");
        assertThat(ignore.decidingPattern("dist/app.js")).hasValueSatisfying(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.text()).isEqualTo("/dist/");
            assertThat(p.pattern()).isEqualTo("dist");
            assertThat(p.describe()).isEqualTo("line 3: dist");
        });
        assertThat(ignore.decidingPattern("README.md")).map(IgnorePattern::describe).hasValue("line 5: !README.md");
        assertThat(ignore.decidingPattern("main.go")).isEmpty();
        assertThat(ignore.verdict("CHANGES.md").decidedBy()).map(IgnorePattern::line).hasValue(4);
    }

    @Test
    void copySourcesAreCleanedLikeBuildKitsCheck() throws DockerIgnoreException {
        DockerIgnore ignore = DockerIgnore.parse("tmp\n", ".dockerignore");
        assertThat(ignore.excludes("./tmp/Dockerfile")).isTrue();
        assertThat(ignore.excludes("tmp/")).isTrue();
        assertThat(ignore.excludes("/tmp")).as("a leading / is kept, as BuildKit keeps it").isFalse();
        assertThat(ignore.excludes(".")).isFalse();
        assertThat(ignore.verdict("/tmp/x").excluded()).as("context paths tolerate a leading /").isTrue();
        assertThat(ignore.verdict("").excluded()).isFalse();
    }

    @Test
    void emptyAndCommentOnlyFilesExcludeNothing() throws DockerIgnoreException {
        assertThat(DockerIgnore.parse("", "x").isEmpty()).isTrue();
        assertThat(DockerIgnore.parse("# only\n#\n\n   \n", "x").patterns()).isEmpty();
        assertThat(DockerIgnore.none().excludes("anything")).isFalse();
        assertThat(DockerIgnore.none().hasExclusions()).isFalse();
    }

    @Test
    void readingFollowsIgnorefileReadAll() throws DockerIgnoreException {
        DockerIgnore ignore = DockerIgnore.parse("\uFEFFfirst\r\nsecond \r\n\t third\n\uFEFFfourth\n! fifth\n#x\n",
                ".dockerignore");
        assertThat(ignore.patterns()).extracting(IgnorePattern::pattern)
                .containsExactly("first", "second", "third", "\uFEFFfourth", "fifth");
        assertThat(ignore.patterns()).extracting(IgnorePattern::line).containsExactly(1, 2, 3, 4, 5);
        assertThat(ignore.patterns()).extracting(IgnorePattern::exclusion)
                .containsExactly(false, false, false, false, true);
        assertThat(ignore.hasExclusions()).isTrue();
        assertThat(ignore.excludes("second")).isTrue();
        assertThat(ignore.excludes("fourth")).as("a BOM is only stripped from the first line").isFalse();
    }

    @Test
    void windowsLineEndingsAreHandled() throws DockerIgnoreException {
        DockerIgnore ignore = DockerIgnore.parse("node_modules\r\n*.log\r\n!keep.log\r\n", ".dockerignore");
        assertThat(ignore.excludes("node_modules/a")).isTrue();
        assertThat(ignore.excludes("x.log")).isTrue();
        assertThat(ignore.excludes("keep.log")).isFalse();
        assertThat(ignore.patterns()).extracting(IgnorePattern::text).containsExactly("node_modules", "*.log",
                "!keep.log");
    }

    @Test
    void rejectedPatternsNameTheirLine() {
        assertThatThrownBy(() -> DockerIgnore.parse("a\n# c\n\n!\n", ".dockerignore"))
                .isInstanceOf(DockerIgnoreException.class)
                .hasMessage(".dockerignore:4: illegal exclusion pattern: \"!\": !")
                .satisfies(e -> assertThat(((DockerIgnoreException) e).line()).isEqualTo(4));
        assertThatThrownBy(() -> DockerIgnore.parse("ok\n!   \n", "x")).hasMessageStartingWith("x:2: illegal");
        assertThatThrownBy(() -> DockerIgnore.parse("!/\n", "x")).hasMessageStartingWith("x:1: illegal");
        assertThatThrownBy(() -> DockerIgnore.parse("ok\nsrc/[\n", "x")).hasMessage("x:2: syntax error in pattern: src/[");
        assertThatThrownBy(() -> DockerIgnore.parse("a[", "x")).hasMessageContaining("syntax error");
        assertThatThrownBy(() -> DockerIgnore.parse("x\\", "x")).hasMessageContaining("syntax error");
        assertThatThrownBy(() -> DockerIgnore.parse("[a-]", "x")).hasMessageContaining("syntax error");
        assertThatThrownBy(() -> DockerIgnore.parse("[]a]", "x")).hasMessageContaining("syntax error");
        assertThatThrownBy(() -> DockerIgnore.parse("[z-a]", "x"))
                .as("filepath.Match accepts it, the expression does not compile")
                .hasMessageContaining("x:1: syntax error in pattern: invalid character class range");
        assertThatThrownBy(() -> DockerIgnore.parse("\\q", "x")).hasMessageContaining("invalid escape");
        assertThatThrownBy(() -> DockerIgnore.parse("\\pL", "x")).hasMessageContaining("unsupported pattern");
        assertThatThrownBy(() -> DockerIgnore.parse("ok\n" + "a".repeat(65536) + "\n", "x"))
                .hasMessageStartingWith("x:2: line of 64 KiB or more");
    }

    @Test
    void aLongLineJustUnderTheScannerLimitIsFine() throws DockerIgnoreException {
        assertThat(DockerIgnore.parse("a".repeat(65535), "x").patterns()).hasSize(1);
    }

    @Test
    void pathologicalPatternsRunInLinearTime() throws DockerIgnoreException {
        String pattern = "a*a*a*a*a*a*a*a*a*a*a*a*b";
        DockerIgnore ignore = DockerIgnore.parse(pattern + "\n**/" + pattern + "\n!x" + pattern + "\n",
                ".dockerignore");
        String name = "a".repeat(20_000);
        String deep = ("a".repeat(200) + "/").repeat(40) + name;
        long start = System.nanoTime();
        for (int i = 0; i < 5; i++) {
            assertThat(ignore.excludes(name)).isFalse();
            assertThat(ignore.verdict(deep).excluded()).isFalse();
            assertThat(GoGlob.match(pattern, name)).isEqualTo(GoGlob.Result.NO_MATCH);
        }
        assertThat(ignore.excludes(name + "b")).isTrue();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(millis).as("backtracking would take hours; this took %d ms", millis).isLessThan(20_000);
    }

    @Test
    void translationMatchesPatternmatcher() {
        assertThat(CompiledPattern.describe("*")).isEqualTo("^[^/]*$");
        assertThat(CompiledPattern.describe("**/dir2/*")).isEqualTo("^(.*/)?dir2/[^/]*$");
        assertThat(CompiledPattern.describe("**/**")).isEqualTo("^(.*/)?.*$");
        assertThat(CompiledPattern.describe("**/**/*.txt")).isEqualTo("^(.*/)?(.*/)?[^/]*\\.txt$");
        assertThat(CompiledPattern.describe("a.|)$(}+{bc")).isEqualTo("exact a.|)$(}+{bc");
        assertThat(CompiledPattern.describe("dir/**")).isEqualTo("prefix dir/**");
        assertThat(CompiledPattern.describe("**")).isEqualTo("suffix **");
        assertThat(CompiledPattern.describe("**file")).isEqualTo("suffix **file");
        assertThat(CompiledPattern.describe("[*]")).isEqualTo("^[[^/]*]$");
    }
}
