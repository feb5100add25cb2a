package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML reports opened in a real browser: headless Chromium (installed by .ci/run; the test is skipped, saying
 * so, where there is none) loads each page from the file system; the page must log nothing to the console and
 * every chart must draw marks. A screenshot of each is left in target/report-screenshots for people to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportsBrowserTest {

    private static final Path SHOTS = Path.of("target", "report-screenshots");
    private static final Pattern SVG = Pattern.compile("<svg class=\"chart\".*?</svg>", Pattern.DOTALL);
    private static final Pattern MARK = Pattern.compile("<(rect|circle|line) class=\"mark");

    @TempDir
    static Path dir;
    private String store;
    private final Crm crm = new Crm();
    private final List<Path> pages = new ArrayList<>();

    /** A generated store with value fits at two dates, mined rules, a segment and a campaign; every report drawn. */
    @BeforeAll
    void reports() throws Exception {
        store = "--store=sqlite:" + dir.resolve("crm.db");
        Path csv = dir.resolve("purchases.csv");
        ok("bench", "generate", "--customers", "1500", "--purchases", "12000", "--lines", "--out", csv.toString());
        ok("import", "purchases", csv.toString());
        for (String end : List.of("2023-12-31", "2024-12-31")) {
            ok("model", "fit", "--calibration-end", end);
            ok("model", "fit", "--model", "gamma-gamma", "--calibration-end", end);
        }
        ok("rules", "mine", "--as-of", "2024-12-31");
        List<String> mailable = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            mailable.add(Crm.json(store, "customers", "add", "--name", "客户 " + i, "--attr", "list=spring",
                    "--consent-email", "--created-at", "2024-01-01T00:00:00Z").get("id").asText());
        }
        ok("segments", "save", "mailable", "attr.list = spring");
        ok("campaigns", "start", "Spring", "--id", "spring", "--segment", "mailable", "--channel", "email",
                "--offer", "10% off", "--cost-per-contact", "0.50", "--start", "2024-12-31", "--control", "0.25");
        for (int i = 0; i < 40; i += 3) {
            ok("campaigns", "respond", "spring", "--customer", mailable.get(i), "--responded", "--revenue", "12.00",
                    "--at", "2025-01-02T10:00:00Z");
        }
        Files.createDirectories(SHOTS);
        for (String report : List.of("lifecycle", "rfm", "value", "churn", "loyalty", "rules", "prospects")) {
            pages.add(page(report, "en", "report", report, "--as-of", "2024-12-31"));
        }
        pages.add(page("tiers", "en", "report", "tiers", "--from", "2023-12-31", "--to", "2024-12-31"));
        pages.add(page("campaign", "en", "report", "campaign", "spring"));
        pages.add(page("all-zh-CN", "zh-CN", "report", "all", "--as-of", "2024-12-31"));
    }

    private void ok(String... args) {
        String[] all = Stream.concat(Stream.of(store, "--quiet"), Stream.of(args)).toArray(String[]::new);
        Crm.Result r = crm.run(all);
        assertThat(r.exitCode()).as(String.join(" ", args) + ": " + r.err()).isZero();
    }

    private Path page(String name, String locale, String... args) {
        Path file = dir.resolve("report-" + name + ".html").toAbsolutePath();
        String[] all = Stream.concat(Stream.of(store, "--format", "html", "--locale", locale, "--output",
                file.toString()), Stream.of(args)).toArray(String[]::new);
        Crm.Result r = crm.run(all);
        assertThat(r.exitCode()).as(name + ": " + r.err()).isZero();
        assertThat(r.out()).startsWith("Wrote " + file);
        return file;
    }

    @Test
    void everyPageIsSelfContainedSmallAndDrawsCharts() throws Exception {
        for (Path p : pages) {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            // Nothing to fetch: no stylesheet, script, image or font from elsewhere.
            assertThat(html).as(p.toString()).doesNotContain("<link", "src=", "href=\"http", "url(", "@import");
            assertThat(Files.size(p)).as(p.toString()).isLessThan(2_000_000);
            assertCharts(p.getFileName().toString(), html);
        }
        String book = Files.readString(pages.get(pages.size() - 1), StandardCharsets.UTF_8);
        assertThat(book).contains("lang=\"zh-CN\"", "客户生命周期", "各生命周期阶段的客户数", "价值矩阵");
    }

    @Test
    void eachReportDrawsTheChartsThatFitIt() throws Exception {
        // The id of each chart a report must have: RFM's R × F map, the CLV histogram on log bins beside the grid,
        // churn's binned P(alive)-against-recency scatter, the lifecycle funnel and flow, the lift intervals.
        Map<String, List<String>> expected = Map.of(
                "rfm", List.of("-rf", "-segments"),
                "value", List.of("-grid", "-clv-histogram", "-clv"),
                "churn", List.of("-status", "-alive"),
                "lifecycle", List.of("-stages", "-flows"),
                "loyalty", List.of("-quadrants"),
                "campaign", List.of("-groups", "-lift"));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            String html = Files.readString(dir.resolve("report-" + e.getKey() + ".html"), StandardCharsets.UTF_8);
            for (String id : e.getValue()) {
                assertThat(html).as(e.getKey() + " draws the chart " + id)
                        .containsPattern("<svg [^>]*aria-labelledby=\"[^\"]*" + Pattern.quote(id) + "-t ");
            }
        }
        String churn = Files.readString(dir.resolve("report-churn.html"), StandardCharsets.UTF_8);
        assertThat(churn).contains("days since the last purchase", "P(alive)");
        assertThat(Files.readString(dir.resolve("report-rfm.html"), StandardCharsets.UTF_8))
                .contains("recency score (5 = most recent)", "Champions");
        assertThat(Files.readString(dir.resolve("report-value.html"), StandardCharsets.UTF_8))
                .contains("Customers by CLV (log-scale bins)");
    }

    @Test
    void chromiumOpensEveryPageWithoutConsoleMessagesAndTheChartsHaveMarks() throws Exception {
        Optional<String> chromium = chromium();
        Assumptions.assumeTrue(chromium.isPresent(),
                "no Chromium on this machine (.ci/run installs Debian's chromium): browser check skipped");
        for (Path p : pages) {
            String name = p.getFileName().toString().replace(".html", "");
            Path profile = Files.createTempDirectory(dir, "chromium-");
            Path err = dir.resolve(name + ".stderr");
            List<String> common = List.of("--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                    "--hide-scrollbars", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0");
            List<String> dump = new ArrayList<>(List.of(chromium.get()));
            dump.addAll(common);
            dump.addAll(List.of("--dump-dom", p.toUri().toString()));
            Process proc = new ProcessBuilder(dump).redirectError(err.toFile()).start();
            String dom = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(proc.waitFor(90, TimeUnit.SECONDS)).as("chromium finished on " + name).isTrue();
            List<String> console = Files.readAllLines(err).stream().filter(l -> l.contains(":CONSOLE")).toList();
            assertThat(console).as("console messages of " + name).isEmpty();
            assertCharts(name + " (as the browser built it)", dom);

            List<String> shot = new ArrayList<>(List.of(chromium.get()));
            shot.addAll(common);
            shot.addAll(List.of("--window-size=1200,2000",
                    "--screenshot=" + SHOTS.resolve(name + ".png").toAbsolutePath(), p.toUri().toString()));
            Process s = new ProcessBuilder(shot).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".shot")
                    .toFile()).start();
            assertThat(s.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(SHOTS.resolve(name + ".png")).as("screenshot of " + name).isNotEmptyFile();
        }
    }

    private static void assertCharts(String name, String html) {
        Matcher svg = SVG.matcher(html);
        int charts = 0;
        while (svg.find()) {
            charts++;
            String chart = svg.group();
            assertThat(chart).as("a chart of " + name).contains("<title", "<desc");
            assertThat(MARK.matcher(chart).find()).as("marks in a chart of " + name + ": " + chart.substring(0,
                    Math.min(200, chart.length()))).isTrue();
        }
        assertThat(charts).as("charts in " + name).isPositive();
    }

    private static Optional<String> chromium() {
        String configured = System.getenv("CHROME_BIN");
        if (configured != null && new File(configured).canExecute()) {
            return Optional.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                File f = new File(dir, name);
                if (f.canExecute()) {
                    return Optional.of(f.getPath());
                }
            }
        }
        return Optional.empty();
    }
}
