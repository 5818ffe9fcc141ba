package com.precog.runner.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.precog.domain.evaluation.CalibrationMetrics;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {
    @Test
    void rendersTitleSectionsTablesAndEmbeddedPngCharts_escapingText(@TempDir Path dir) throws Exception {
        TreeMap<Integer, Double> s = new TreeMap<>(Map.of(2020, 0.21, 2021, 0.22));
        double[] f = {0.1, 0.4, 0.8, 0.9};
        double[] y = {0, 1, 1, 1};
        HtmlReport r = HtmlReport.builder("Report <1>")
                .section("Numbers").table(List.of("a", "b"), List.of(List.of("1", "x&y"))).keyValues(Map.of("k", "v")).done()
                .section("Charts")
                .chart(ReportCharts.lineChart("Brier", "season", "Brier", Map.of("m", s)), 400, 300, "line")
                .chart(ReportCharts.reliabilityDiagram("rel", Map.of("m", CalibrationMetrics.reliability(f, y, 10))), 400, 300, "rel")
                .chart(ReportCharts.barChart("bars", "c", "v", Map.of("s", Map.of("a", 1, "b", 2))), 300, 200, "bars").done()
                .build();
        String html = r.html();
        assertThat(html).contains("<title>Report &lt;1&gt;</title>", "<td>x&amp;y</td>", "<h2>Charts</h2>").doesNotContain("<script", "http");
        Matcher m = Pattern.compile("data:image/png;base64,([A-Za-z0-9+/=]+)").matcher(html);
        int images = 0;
        while (m.find()) {
            var img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(1))));
            assertThat(img.getWidth()).isIn(300, 400);
            images++;
        }
        assertThat(images).isEqualTo(3);
        Path file = r.write(dir.resolve("sub/report.html"));
        assertThat(Files.readString(file)).isEqualTo(html);
    }

    @Test
    void raggedTableRowIsRejected() {
        assertThatThrownBy(() -> HtmlReport.builder("t").section("s").table(List.of("a", "b"), List.of(List.of("1"))))
                .hasMessageContaining("rows[0] has 1 cells, headers has 2");
    }

    @Test
    void aFailedWrite_leavesNoTemporaryFileBehind(@TempDir Path dir) throws Exception {
        Path target = Files.createDirectory(dir.resolve("report.html")); // a folder where the file should go: the move fails
        Files.writeString(target.resolve("keep.txt"), "x");
        HtmlReport r = HtmlReport.builder("t").section("s").paragraph("p").done().build();
        assertThatThrownBy(() -> r.write(target)).isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("cannot write report " + target);
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(target); // no .report<N>.tmp beside it
        }
    }
}
