package dev.dlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dlint.engine.FileResult;
import dev.dlint.engine.Report;
import dev.dlint.rule.Finding;
import dev.dlint.rule.Severity;
import dev.dlint.text.SourceRange;
import dev.dlint.text.SourceText;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Checkstyle and JUnit XML parse, and carry hostile text through unchanged or as U+FFFD. */
class XmlFormatsTest {

    private static final String HOSTILE = "a \"quoted\" <tag> & 'apostrophe'\nnew line\ttab \u0001 ]]> end";

    private static Document parse(Reporter reporter, Report report) throws Exception {
        StringWriter out = new StringWriter();
        reporter.write(report, out);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static Report hostileReport() {
        String raw = SourceText.decode(new byte[] {'x', (byte) 0xFF}).text();
        Finding finding = Finding.of("NoisyEcho", Severity.STYLE, HOSTILE + raw, new SourceRange(1, 1, 1, 2));
        return new Report(List.of(new FileResult("dir/a&b <c>.Dockerfile", Optional.of(SourceText.of("x\n")),
                List.of(finding), Optional.empty(), Severity.INFO)));
    }

    @Test
    void checkstyleParsesAndKeepsTheMessage() throws Exception {
        Document doc = parse(new CheckstyleReporter(), hostileReport());
        Element file = (Element) doc.getElementsByTagName("file").item(0);
        assertThat(file.getAttribute("name")).isEqualTo("dir/a&b <c>.Dockerfile");
        Element error = (Element) file.getElementsByTagName("error").item(0);
        assertThat(error.getAttribute("message")).isEqualTo(HOSTILE.replace('\u0001', '\uFFFD') + "x\uFFFD");
        assertThat(error.getAttribute("severity")).isEqualTo("info");
        assertThat(error.getAttribute("source")).isEqualTo("dlint.NoisyEcho");
    }

    @Test
    void junitParsesWithCountsAndUniqueNames() throws Exception {
        Document doc = parse(new JunitReporter(SampleReports.context()), SampleReports.report());
        Element root = doc.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("8");
        assertThat(root.getAttribute("failures")).isEqualTo("5");
        assertThat(root.getAttribute("errors")).isEqualTo("2");
        NodeList cases = doc.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            assertThat(((Element) cases.item(i)).getAttribute("name")).isNotBlank();
        }
        Document hostile = parse(new JunitReporter(SampleReports.context()), hostileReport());
        Element failure = (Element) hostile.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).isEqualTo("a \"quoted\" <tag> & 'apostrophe'");
        assertThat(failure.getTextContent()).contains(HOSTILE.replace('\u0001', '\uFFFD'));
    }

    @Test
    void sameRuleTwiceAtOnePositionGetsDistinctTestNames() throws Exception {
        Finding one = Finding.of("SyntaxError", Severity.ERROR, "first", new SourceRange(1, 1, 1, 5));
        Finding two = Finding.of("SyntaxError", Severity.ERROR, "second", new SourceRange(1, 1, 1, 5));
        Report report = new Report(List.of(new FileResult("Dockerfile", Optional.of(SourceText.of("FORM x\n")),
                List.of(one, two), Optional.empty(), Severity.INFO)));
        NodeList cases = parse(new JunitReporter(SampleReports.context()), report).getElementsByTagName("testcase");
        assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo("SyntaxError at 1:1");
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("SyntaxError at 1:1 (2)");
    }
}
