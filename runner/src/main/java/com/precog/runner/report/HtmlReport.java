package com.precog.runner.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;

/**
 * A self-contained HTML report: a title, optional subtitle, and sections made of paragraphs,
 * key/value lists, tables and charts. Charts are rendered by JFreeChart to PNG and embedded as base64
 * {@code data:} URIs, and the styles are inline, so the file opens offline in any browser. Build with
 * {@link #builder(String)}; text is HTML-escaped. Used by every area that writes reports.
 */
public final class HtmlReport {
    static {
        System.setProperty("java.awt.headless", "true");
    }

    private final String html;

    private HtmlReport(String html) {
        this.html = html;
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** The whole document. */
    public String html() {
        return html;
    }

    /** Writes the document (UTF-8) atomically, creating parent directories; when that fails, no temporary file is left behind. */
    public Path write(Path file) {
        Path tmp = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            tmp = Files.createTempFile(parent, ".report", ".tmp");
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw new UncheckedIOException("cannot write report " + file + ": " + e.getMessage(), e);
        }
    }

    /** Renders a chart to PNG bytes. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage img = chart.createBufferedImage(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Escapes text for HTML. */
    public static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Builds a report. Not thread-safe. */
    public static final class Builder {
        private final String title;
        private String subtitle = "";
        private Instant generatedAt;
        private final List<Section> sections = new ArrayList<>();

        private Builder(String title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        public Builder subtitle(String text) {
            this.subtitle = Objects.requireNonNull(text, "text");
            return this;
        }

        /** Stamps the generation time (pass the injected clock's instant). */
        public Builder generatedAt(Instant at) {
            this.generatedAt = at;
            return this;
        }

        /** Starts a new section; add content to the returned section. */
        public Section section(String heading) {
            Section s = new Section(this, heading);
            sections.add(s);
            return s;
        }

        public HtmlReport build() {
            StringBuilder h = new StringBuilder(16_384);
            h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title)).append("</title>\n")
                    .append("<style>body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222}")
                    .append("h1{font-size:1.6em}h2{font-size:1.25em;border-bottom:1px solid #ddd;padding-bottom:.2em;margin-top:1.6em}")
                    .append("table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:right}")
                    .append("th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}.sub{color:#666}img{max-width:100%;display:block;margin:.6em 0}")
                    .append("dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:600}dd{margin:0}</style>\n</head><body>\n");
            h.append("<h1>").append(escape(title)).append("</h1>\n");
            if (!subtitle.isEmpty()) h.append("<p class=\"sub\">").append(escape(subtitle)).append("</p>\n");
            if (generatedAt != null) h.append("<p class=\"sub\">Generated ").append(escape(generatedAt.toString())).append("</p>\n");
            for (Section s : sections) s.render(h);
            h.append("</body></html>\n");
            return new HtmlReport(h.toString());
        }
    }

    /** One section: a heading followed by blocks in insertion order. */
    public static final class Section {
        private final Builder owner;
        private final String heading;
        private final List<String> blocks = new ArrayList<>();

        private Section(Builder owner, String heading) {
            this.owner = owner;
            this.heading = Objects.requireNonNull(heading, "heading");
        }

        public Section paragraph(String text) {
            blocks.add("<p>" + escape(text) + "</p>");
            return this;
        }

        /** A definition list of label → value, in map order. */
        public Section keyValues(Map<String, String> entries) {
            StringBuilder b = new StringBuilder("<dl>");
            entries.forEach((k, v) -> b.append("<dt>").append(escape(k)).append("</dt><dd>").append(escape(v)).append("</dd>"));
            blocks.add(b.append("</dl>").toString());
            return this;
        }

        /**
         * A table; every row must have as many cells as there are headers.
         *
         * @throws IllegalArgumentException naming the first ragged row
         */
        public Section table(List<String> headers, List<List<String>> rows) {
            StringBuilder b = new StringBuilder("<table><thead><tr>");
            for (String hd : headers) b.append("<th>").append(escape(hd)).append("</th>");
            b.append("</tr></thead><tbody>");
            for (int i = 0; i < rows.size(); i++) {
                List<String> r = rows.get(i);
                if (r.size() != headers.size()) {
                    throw new IllegalArgumentException("rows[" + i + "] has " + r.size() + " cells, headers has " + headers.size());
                }
                b.append("<tr>");
                for (String c : r) b.append("<td>").append(escape(c)).append("</td>");
                b.append("</tr>");
            }
            blocks.add(b.append("</tbody></table>").toString());
            return this;
        }

        /** A chart rendered to a PNG of the given size and embedded as base64. */
        public Section chart(JFreeChart chart, int width, int height, String altText) {
            String b64 = Base64.getEncoder().encodeToString(png(chart, width, height));
            blocks.add("<img alt=\"" + escape(altText) + "\" width=\"" + width + "\" height=\"" + height
                    + "\" src=\"data:image/png;base64," + b64 + "\">");
            return this;
        }

        /** Back to the report to add another section or build. */
        public Builder done() {
            return owner;
        }

        private void render(StringBuilder h) {
            h.append("<section><h2>").append(escape(heading)).append("</h2>\n");
            for (String b : blocks) h.append(b).append('\n');
            h.append("</section>\n");
        }
    }
}
