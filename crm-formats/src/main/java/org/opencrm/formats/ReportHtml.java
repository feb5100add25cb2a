package org.opencrm.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.text.NumberFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reports as one self-contained HTML page (the CLI's {@code --format html}, {@code crm report all} and
 * {@code GET /reports/{name}.html}): inline CSS that follows the browser's dark mode and prints cleanly, inline SVG
 * charts ({@link ReportCharts}), every list of the report as a sortable table, numbers formatted for the locale.
 * Built from a report's JSON form, as {@link ReportCsv} is, so the HTML shows what the JSON holds; nothing is
 * fetched when the page opens.
 */
public final class ReportHtml {

    private static final ObjectMapper MAPPER = ReportJson.configure(new ObjectMapper());
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE]-?[0-9]+)?");

    private ReportHtml() {
    }

    /** One report of a page: its name ({@code lifecycle}), the report, or why it could not be computed. */
    public record Section(String name, String heading, JsonNode report, String error) {
        public Section {
            Objects.requireNonNull(name, "'name' must not be null");
            Objects.requireNonNull(heading, "'heading' must not be null");
        }
    }

    /** A computed report; {@code heading} adds to the title (a campaign's id), or is empty. */
    public static Section section(String name, String heading, Object report) {
        return new Section(name, heading, report instanceof JsonNode n ? n : MAPPER.valueToTree(report), null);
    }

    /** A report that could not be computed, with the message that says why. */
    public static Section failed(String name, String heading, String message) {
        return new Section(name, heading, null, message);
    }

    /** Writes the page holding {@code sections} (a table of contents when there are several); flushed, not closed. */
    public static void write(List<Section> sections, Locale locale, Instant generatedAt, Writer out) throws IOException {
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        String title = sections.size() == 1 ? title(sections.get(0), locale) : ReportText.of("book", locale);
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(escape(locale.toLanguageTag())).append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta name=\"color-scheme\" content=\"light dark\"><title>").append(escape(title))
                .append("</title><style>").append(CSS).append("</style></head><body><header><h1>").append(escape(title))
                .append("</h1><p class=\"meta\">").append(escape(ReportText.of("generated", locale))).append(": ")
                .append(escape(generatedAt.toString())).append("</p></header>\n");
        if (sections.size() > 1) {
            h.append("<nav><h2>").append(escape(ReportText.of("contents", locale))).append("</h2><ol>");
            for (int i = 0; i < sections.size(); i++) {
                h.append("<li><a href=\"#s").append(i).append("\">").append(escape(title(sections.get(i), locale)))
                        .append("</a></li>");
            }
            h.append("</ol></nav>\n");
        }
        for (int i = 0; i < sections.size(); i++) {
            section(h, "s" + i, sections.get(i), locale, number);
        }
        h.append("<p class=\"meta\">").append(escape(ReportText.of("sort-hint", locale))).append("</p><script>")
                .append(SORT).append("</script></body></html>\n");
        out.write(h.toString());
        out.flush();
    }

    private static String title(Section s, Locale locale) {
        return ReportText.title(s.name(), locale) + (s.heading().isEmpty() ? "" : " " + s.heading());
    }

    private static void section(StringBuilder h, String id, Section s, Locale locale, NumberFormat number) {
        h.append("<section id=\"").append(id).append("\"><h2>").append(escape(title(s, locale))).append("</h2>\n");
        if (s.error() != null) {
            h.append("<p class=\"error\"><strong>").append(escape(ReportText.of("not-computed", locale)))
                    .append(":</strong> ").append(escape(s.error())).append("</p></section>\n");
            return;
        }
        JsonNode r = s.report();
        List<String> charts = ReportCharts.of(s.name(), id, r, locale, number);
        charts.forEach(c -> h.append("<figure>").append(c).append("</figure>\n"));
        Map<String, String> summary = new LinkedHashMap<>();
        List<Map.Entry<String, JsonNode>> lists = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        r.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (e.getKey().equals("warnings") || e.getKey().equals("notes")) {
                v.forEach(n -> notes.add(n.asText()));
            } else if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
                lists.add(e);
            } else if (v.isArray()) {
                List<String> items = new ArrayList<>();
                v.forEach(x -> items.add(x.asText()));
                summary.put(e.getKey(), String.join(", ", items));
            } else if (v.isObject()) {
                ReportCsv.flatten(v).forEach((k, x) -> summary.put(e.getKey() + "." + k, x));
            } else if (!v.isNull()) {
                summary.put(e.getKey(), v.asText());
            }
        });
        if (!notes.isEmpty()) {
            h.append("<aside class=\"notes\"><strong>").append(escape(ReportText.of("notes", locale)))
                    .append("</strong><ul>");
            notes.forEach(n -> h.append("<li>").append(escape(n)).append("</li>"));
            h.append("</ul></aside>\n");
        }
        if (!summary.isEmpty()) {
            h.append("<h3>").append(escape(ReportText.of("summary", locale))).append("</h3><dl>");
            summary.forEach((k, v) -> h.append("<dt>").append(escape(header(k))).append("</dt><dd>")
                    .append(escape(cell(v, number))).append("</dd>"));
            h.append("</dl>\n");
        }
        for (Map.Entry<String, JsonNode> list : lists) {
            table(h, list.getKey(), list.getValue(), number);
        }
        h.append("</section>\n");
    }

    private static void table(StringBuilder h, String name, JsonNode rows, NumberFormat number) {
        List<Map<String, String>> flat = new ArrayList<>();
        rows.forEach(r -> flat.add(ReportCsv.flatten(r)));
        List<String> columns = new ArrayList<>();
        flat.forEach(r -> r.keySet().stream().filter(k -> !columns.contains(k)).forEach(columns::add));
        h.append("<h3>").append(escape(header(name))).append("</h3><div class=\"scroll\"><table class=\"sortable\"><thead><tr>");
        columns.forEach(c -> h.append("<th scope=\"col\" tabindex=\"0\">").append(escape(header(c))).append("</th>"));
        h.append("</tr></thead><tbody>");
        for (Map<String, String> r : flat) {
            h.append("<tr>");
            for (String c : columns) {
                String v = r.getOrDefault(c, "");
                boolean numeric = NUMBER.matcher(v).matches();
                h.append(numeric ? "<td class=\"n\" data-v=\"" : "<td data-v=\"").append(escape(v)).append("\">")
                        .append(escape(cell(v, number))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</tbody></table></div>\n");
    }

    /** A column name as people read it: {@code revenue.USD} → "revenue (USD)", {@code meanClv} → "mean clv". */
    static String header(String key) {
        String[] parts = key.split("\\.");
        String last = parts[parts.length - 1];
        String head = key;
        if (last.matches("[A-Z]{3}") && parts.length > 1) {
            head = key.substring(0, key.length() - 4) + " (" + last + ")";
        }
        return head.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A number as the locale writes it, with the decimals it came with (money keeps its cents). */
    private static String cell(String v, NumberFormat number) {
        if (!NUMBER.matcher(v).matches() || v.length() > 18) {
            return v;
        }
        java.math.BigDecimal d = new java.math.BigDecimal(v);
        if (v.contains("E") || v.contains("e")) {
            d = d.round(new java.math.MathContext(4));
        }
        NumberFormat f = (NumberFormat) number.clone();
        int scale = Math.min(Math.max(d.scale(), 0), 6);
        f.setMinimumFractionDigits(scale);
        f.setMaximumFractionDigits(scale);
        return f.format(d);
    }

    /** Text safe inside HTML and SVG elements and attributes. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    private static final String CSS = ":root{--fg:#1d2330;--bg:#ffffff;--muted:#5b6475;--line:#d5d9e0;--band:#f3f5f8;"
            + "--c0:#2f6fdf;--c1:#e0812f;--c2:#2e9e6a;--c3:#c8454b;--c4:#7c5cc4;--c5:#9a7b2f;--c6:#2a9db5;--c7:#d159a0}"
            + "@media (prefers-color-scheme: dark){:root{--fg:#e6e9ef;--bg:#14171c;--muted:#9aa3b2;--line:#39404c;"
            + "--band:#1d2128;--c0:#6f9ff5;--c1:#f0a35f;--c2:#5ac28f;--c3:#e77378;--c4:#a58bea;--c5:#c9a75a;"
            + "--c6:#5cc3d8;--c7:#e98cc3}}"
            + "body{font-family:system-ui,-apple-system,\"Segoe UI\",\"Noto Sans\",\"Noto Sans CJK SC\",\"PingFang SC\","
            + "\"Microsoft YaHei\",sans-serif;color:var(--fg);background:var(--bg);max-width:1100px;margin:0 auto;"
            + "padding:1rem 1.5rem;line-height:1.45}"
            + "h1{margin-bottom:.2rem}h2{border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2.2rem}"
            + ".meta{color:var(--muted);font-size:.9rem}nav ol{columns:2}"
            + "figure{margin:1rem 0}svg.chart{width:100%;max-width:760px;height:auto;font-size:12px}"
            + "svg text{fill:var(--fg)}svg .tick,svg .value{fill:var(--muted)}svg .chart-title{font-weight:600;font-size:14px}"
            + "svg .axis{stroke:var(--line)}svg .zero{stroke:var(--muted);stroke-dasharray:4 3}"
            + "svg .whisker{stroke:var(--c0);stroke-width:3}svg .heat{fill:var(--c0)}svg .dot{fill-opacity:.7}"
            + ".c0{fill:var(--c0)}.c1{fill:var(--c1)}.c2{fill:var(--c2)}.c3{fill:var(--c3)}.c4{fill:var(--c4)}"
            + ".c5{fill:var(--c5)}.c6{fill:var(--c6)}.c7{fill:var(--c7)}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem}dt{color:var(--muted)}dd{margin:0}"
            + ".scroll{overflow-x:auto}table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.9rem}"
            + "th,td{border-bottom:1px solid var(--line);padding:.25rem .6rem;text-align:left;vertical-align:top}"
            + "th{cursor:pointer;background:var(--band);position:sticky;top:0}th[aria-sort=ascending]::after{content:\" ▲\"}"
            + "th[aria-sort=descending]::after{content:\" ▼\"}td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + ".notes{border-left:4px solid var(--c1);padding:.3rem .8rem;background:var(--band)}"
            + ".error{border-left:4px solid var(--c3);padding:.3rem .8rem;background:var(--band)}"
            + "@media print{body{max-width:none;color:#000;background:#fff}nav{display:none}section{break-inside:avoid-page}"
            + "th{position:static}svg text{fill:#000}a{color:#000}}";

    private static final String SORT = "document.querySelectorAll('table.sortable th').forEach(function(th){"
            + "function sort(){var t=th.closest('table'),i=Array.prototype.indexOf.call(th.parentNode.children,th),"
            + "b=t.tBodies[0],rows=Array.prototype.slice.call(b.rows),asc=th.getAttribute('aria-sort')!=='ascending';"
            + "rows.sort(function(a,c){var x=a.cells[i]?a.cells[i].getAttribute('data-v'):'',"
            + "y=c.cells[i]?c.cells[i].getAttribute('data-v'):'',nx=parseFloat(x),ny=parseFloat(y),"
            + "r=(!isNaN(nx)&&!isNaN(ny))?nx-ny:String(x).localeCompare(String(y));return asc?r:-r;});"
            + "rows.forEach(function(r){b.appendChild(r);});"
            + "t.querySelectorAll('th').forEach(function(h){h.removeAttribute('aria-sort');});"
            + "th.setAttribute('aria-sort',asc?'ascending':'descending');}"
            + "th.addEventListener('click',sort);th.addEventListener('keydown',function(e){"
            + "if(e.key==='Enter'){sort();}});});";
}
