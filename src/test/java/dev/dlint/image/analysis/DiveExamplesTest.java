package dev.dlint.image.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.image.ImageSelection;
import dev.dlint.image.testing.TestArchives;
import dev.dlint.image.testing.TestLayer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked examples A, B and C of dive-metrics.md §4, end to end through a docker-save archive, bit for bit. */
class DiveExamplesTest {
    @TempDir
    Path tmp;

    private ImageAnalysis analyze(TestLayer... layers) {
        List<byte[]> tars = java.util.Arrays.stream(layers).map(TestLayer::tar).toList();
        Path archive = TestArchives.dockerSave(tmp.resolve("image.tar"), "example:1", tars);
        return ImageAnalyzer.analyze(archive, ImageSelection.defaults());
    }

    static ImageAnalysis exampleA(Path dir) {
        List<byte[]> tars = List.of(
                new TestLayer().dir("app").file("app/server", 4000).file("app/config.yml", 600).dir("var")
                        .dir("var/cache").file("var/cache/pkg.deb", 2500).file("var/cache/index", 300)
                        .file("README", 100).tar(),
                new TestLayer().dir("app").file("app/config.yml", 900).whiteout("README").dir("opt")
                        .file("opt/cli.bin", 1200).tar(),
                new TestLayer().dir("var").whiteout("var/cache").tar());
        return ImageAnalyzer.analyze(TestArchives.dockerSave(dir.resolve("a.tar"), "a:1", tars),
                ImageSelection.defaults());
    }

    @Test
    void exampleA_overwriteFileDeleteDirectoryDelete() {
        ImageAnalysis a = exampleA(tmp);
        DiveMetrics d = a.dive();
        assertThat(d.efficiency()).isEqualTo(0.9193548387096774);
        assertThat(d.efficiency()).isEqualTo(11400.0 / 12400.0);
        assertThat(d.inefficientFiles()).containsExactly(
                new InefficientFile("/app/config.yml", 2, 1500), new InefficientFile("/README", 2, 100));
        assertThat(d.wastedBytes()).isEqualTo(1600);
        assertThat(d.sizeBytes()).isEqualTo(9600);
        assertThat(d.userSizeBytes()).isEqualTo(2100);
        assertThat(d.userWastedPercent()).isEqualTo(0.7619047619047619);
        assertThat(d.scoreWasteBytes()).isEqualTo(1000);
        // exact accounting: config.yml v1 600 + README 100 + pkg.deb 2500 + index 300
        assertThat(a.waste().bytes()).isEqualTo(3500);
        assertThat(a.waste().files()).extracting(WastedFile::path, WastedFile::bytes, WastedFile::layer,
                WastedFile::hiddenByLayer, WastedFile::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("app/config.yml", 600L, 0, 1, WasteKind.OVERWRITTEN),
                org.assertj.core.groups.Tuple.tuple("README", 100L, 0, 1, WasteKind.DELETED),
                org.assertj.core.groups.Tuple.tuple("var/cache/pkg.deb", 2500L, 0, 2, WasteKind.DELETED),
                org.assertj.core.groups.Tuple.tuple("var/cache/index", 300L, 0, 2, WasteKind.DELETED));
    }

    @Test
    void exampleA_withoutTheDirectoryDeleteScoresLower() {
        ImageAnalysis a = analyze(
                new TestLayer().dir("app").file("app/server", 4000).file("app/config.yml", 600).dir("var")
                        .dir("var/cache").file("var/cache/pkg.deb", 2500).file("var/cache/index", 300)
                        .file("README", 100),
                new TestLayer().dir("app").file("app/config.yml", 900).whiteout("README").dir("opt")
                        .file("opt/cli.bin", 1200));
        assertThat(a.dive().efficiency()).isEqualTo(8600.0 / 9600.0);
    }

    @Test
    void exampleA_defaultCiRules() {
        ImageAnalysis a = exampleA(tmp);
        List<GateResult> results = CiGateEvaluator.evaluate(CiRules.DEFAULTS, a.dive(), a.waste());
        assertThat(results).containsExactly(
                new GateResult("highestUserWastedPercent", GateStatus.FAIL, "too many bytes wasted, relative to the"
                        + " user bytes added (%-user-wasted-bytes=0.76 > threshold=0.1)", "0.7619 (76.19 %)", "0.1"),
                new GateResult("highestWastedBytes", GateStatus.SKIP, "disabled", "", ""),
                new GateResult("lowestEfficiency", GateStatus.PASS, "0.9", "0.9194 (91.94 %)", "0.9"));
        assertThat(CiGateEvaluator.failed(results)).isTrue();
    }

    @Test
    void exampleB_implicitDirectoryOpaqueBareDirectoryAndMinusOneQuirk() {
        ImageAnalysis a = analyze(
                new TestLayer().file("etc/motd", 50).dir("srv").file("srv/data.bin", 800).dir("srv/empty")
                        .file("logs/a.log", 400),
                new TestLayer().dir("srv").opaque("srv").dir("srv/empty").file("srv/new.bin", 100).whiteout("logs"),
                new TestLayer().whiteout("ghost").file("zz/late", 70));
        DiveMetrics d = a.dive();
        assertThat(d.efficiency()).isEqualTo(0.9992592592592593);
        assertThat(d.efficiency()).isEqualTo(1349.0 / 1350.0);
        assertThat(d.inefficientFiles()).containsExactly(new InefficientFile("/srv/empty", 2, 0));
        assertThat(d.wastedBytes()).isZero();
        assertThat(d.sizeBytes()).isEqualTo(1420);
        assertThat(d.userSizeBytes()).isEqualTo(170);
        assertThat(d.userWastedPercent()).isEqualTo(0.0);
        // exact: data.bin 800 hidden by the opaque dir, a.log 400 deleted with its implicit parent
        assertThat(a.waste().bytes()).isEqualTo(1200);
        assertThat(a.waste().files()).extracting(WastedFile::path, WastedFile::hiddenAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("srv/data.bin", "srv"),
                org.assertj.core.groups.Tuple.tuple("logs/a.log", "logs"));
    }

    @Test
    void exampleC_implicitNodeResetsIsDir() {
        ImageAnalysis a = analyze(
                new TestLayer().dir("d").file("d/f", 1000),
                new TestLayer().file("d/g", 10),
                new TestLayer().whiteout("d"));
        DiveMetrics d = a.dive();
        assertThat(d.efficiency()).isEqualTo(1.0);
        assertThat(d.inefficientFiles()).isEmpty();
        assertThat(d.wastedBytes()).isZero();
        assertThat(a.waste().bytes()).isEqualTo(1010);
    }

    @Test
    void singleLayerGivesNaNAndDeleteOnlyUpperGivesInfinity() {
        assertThat(analyze(new TestLayer().file("f", 100)).dive().userWastedPercent()).isNaN();
        ImageAnalysis inf = analyze(new TestLayer().file("f", 100), new TestLayer().whiteout("f"));
        assertThat(inf.dive().wastedBytes()).isEqualTo(100);
        assertThat(inf.dive().userWastedPercent()).isEqualTo(Double.POSITIVE_INFINITY);
        List<GateResult> r = CiGateEvaluator.evaluate(CiRules.DEFAULTS, inf.dive(), inf.waste());
        assertThat(r.get(0).status()).isEqualTo(GateStatus.FAIL);
    }
}
