package org.opencrm.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The charts that fit each report, drawn from its JSON form; a report without charts of its own gets bars of the
 * customers (or counts) of its first list. Charts draw aggregates only (stages, cells, percentiles), never one
 * mark per customer, so a page stays small however large the base.
 */
final class ReportCharts {

    private ReportCharts() {
    }

    static List<String> of(String report, String id, JsonNode r, Locale locale, NumberFormat number) {
        List<String> charts = new ArrayList<>();
        switch (report) {
            case "lifecycle" -> {
                charts.add(ReportSvg.bars(id + "-stages", t("chart.stages", locale), t("customers", locale),
                        bars(r.path("stages"), "stage", "customers"), false, number));
                List<ReportSvg.Bar> flows = new ArrayList<>();
                // A transition from nothing is a customer's first stage: registered in the period.
                r.path("transitions").forEach(x -> flows.add(new ReportSvg.Bar((x.path("from").isNull() ? "∅"
                        : x.path("from").asText()) + " → " + x.path("to").asText(), x.path("count").asDouble())));
                if (!flows.isEmpty()) {
                    charts.add(ReportSvg.bars(id + "-flows", t("chart.transitions", locale), t("customers", locale),
                            flows, false, number));
                }
            }
            case "rfm" -> {
                recencyByFrequency(id, r, locale, number, charts);
                charts.add(ReportSvg.bars(id + "-segments", t("chart.rfm-segments", locale),
                        t("customers", locale), bars(r.path("segments"), "segment", "customers"), false, number));
            }
            case "value" -> {
                grid(id, r, locale, number, charts);
                List<ReportSvg.Bar> bins = new ArrayList<>();
                r.path("clvHistogram").forEach(x -> bins.add(new ReportSvg.Bar(number.format(money(x.path("from")))
                        + " – " + number.format(money(x.path("to"))), x.path("customers").asDouble())));
                if (!bins.isEmpty()) {
                    charts.add(ReportSvg.bars(id + "-clv-histogram", t("chart.clv-histogram", locale)
                            + currency(r.path("clvHistogram").get(0).path("from")), t("customers", locale), bins,
                            false, number));
                }
                List<ReportSvg.Bar> percentiles = new ArrayList<>();
                r.path("clvDistribution").forEach(x -> percentiles.add(new ReportSvg.Bar(
                        "p" + Math.round(x.path("p").asDouble() * 100), money(x.path("clv")))));
                if (!percentiles.isEmpty()) {
                    charts.add(ReportSvg.bars(id + "-clv", t("chart.clv", locale), t("axis.clv", locale)
                            + currency(r.path("clvDistribution").get(0).path("clv")), percentiles, true, number));
                }
            }
            case "churn" -> {
                if (r.has("alive")) {
                    charts.add(ReportSvg.bars(id + "-status", t("chart.churn", locale), t("customers", locale),
                            List.of(new ReportSvg.Bar("alive", r.path("alive").asDouble()),
                                    new ReportSvg.Bar("at risk", r.path("atRisk").asDouble()),
                                    new ReportSvg.Bar("lapsed", r.path("lapsed").asDouble())), false, number));
                }
                aliveByRecency(id, r, locale, number, charts);
            }
            case "tiers" -> {
                List<ReportSvg.Bar> sizes = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = r.path("sizesFrom").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    sizes.add(new ReportSvg.Bar(e.getKey().toLowerCase(Locale.ROOT) + " " + r.path("from").asText(),
                            e.getValue().asDouble()));
                    sizes.add(new ReportSvg.Bar(e.getKey().toLowerCase(Locale.ROOT) + " " + r.path("to").asText(),
                            r.path("sizesTo").path(e.getKey()).asDouble()));
                }
                if (!sizes.isEmpty()) {
                    charts.add(ReportSvg.bars(id + "-tiers", t("chart.tiers", locale), t("customers", locale), sizes,
                            false, number));
                }
            }
            case "loyalty" -> {
                if (!loyaltyQuadrants(id, r, locale, number, charts)) {
                    fallback(id, r, locale, number, charts);
                }
            }
            case "campaign" -> campaign(id, r, locale, number, charts);
            case "rules" -> {
                List<ReportSvg.Bar> lifts = new ArrayList<>();
                r.path("rules").forEach(x -> lifts.add(new ReportSvg.Bar(x.path("antecedent").asText() + " → "
                        + x.path("consequent").asText(), x.path("lift").asDouble())));
                if (!lifts.isEmpty()) {
                    charts.add(ReportSvg.bars(id + "-lift", t("chart.rules", locale), t("axis.lift-ratio", locale),
                            lifts, false, number));
                }
            }
            case "prospects" -> {
                List<ReportSvg.Bar> scores = new ArrayList<>();
                r.path("top").forEach(x -> scores.add(new ReportSvg.Bar(x.path("name").asText(),
                        x.path("score").asDouble())));
                if (!scores.isEmpty()) {
                    charts.add(ReportSvg.bars(id + "-scores", t("chart.prospects", locale),
                            t("axis.score", locale), scores, false, number));
                }
            }
            default -> fallback(id, r, locale, number, charts);
        }
        return charts;
    }

    private static void grid(String id, JsonNode r, Locale locale, NumberFormat number, List<String> charts) {
        List<String> levels = List.of("LOW", "MEDIUM", "HIGH");
        double[][] counts = new double[3][3];
        String[][] labels = new String[3][3];
        for (String[] row : labels) {
            java.util.Arrays.fill(row, "");
        }
        boolean any = false;
        for (JsonNode cell : r.path("grid")) {
            // Rows from high historical value down, columns from low potential up.
            int row = 2 - levels.indexOf(cell.path("historical").asText());
            int col = levels.indexOf(cell.path("potential").asText());
            if (row < 0 || row > 2 || col < 0) {
                continue;
            }
            counts[row][col] = cell.path("customers").asDouble();
            labels[row][col] = cell.path("tier").asText().toLowerCase(Locale.ROOT);
            any = true;
        }
        if (any) {
            charts.add(ReportSvg.heat(id + "-grid", t("chart.grid", locale), t("axis.potential", locale),
                    t("axis.historical", locale), List.of("low", "medium", "high"), List.of("high", "medium", "low"),
                    counts, labels, number));
        }
    }

    /** The R × F map: recency score down (5 on top), frequency score across, each cell named by its segment. */
    private static void recencyByFrequency(String id, JsonNode r, Locale locale, NumberFormat number,
                                           List<String> charts) {
        int bins = r.path("bins").asInt();
        JsonNode cells = r.path("recencyByFrequency");
        if (bins < 2 || cells.size() != bins * bins) {
            return;
        }
        double[][] counts = new double[bins][bins];
        String[][] labels = new String[bins][bins];
        for (JsonNode cell : cells) {
            int row = bins - cell.path("recency").asInt();
            int col = cell.path("frequency").asInt() - 1;
            counts[row][col] = cell.path("customers").asDouble();
            labels[row][col] = cell.path("segment").asText();
        }
        List<String> columns = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        for (int k = 1; k <= bins; k++) {
            columns.add("F" + k);
            rows.add(0, "R" + k);
        }
        charts.add(ReportSvg.heat(id + "-rf", t("chart.rf", locale), t("axis.frequency-score", locale),
                t("axis.recency-score", locale), columns, rows, counts, labels, number));
    }

    /** Every customer's P(alive) against days since the last purchase, binned: one circle per non-empty cell. */
    private static void aliveByRecency(String id, JsonNode r, Locale locale, NumberFormat number, List<String> charts) {
        JsonNode cells = r.path("aliveByRecency");
        if (cells.isEmpty()) {
            return;
        }
        List<ReportSvg.Dot> dots = new ArrayList<>();
        double xMax = 0;
        for (JsonNode c : cells) {
            double from = c.path("recencyFromDays").asDouble();
            double to = c.path("recencyToDays").asDouble();
            dots.add(new ReportSvg.Dot((from + to) / 2, (c.path("aliveFrom").asDouble() + c.path("aliveTo").asDouble())
                    / 2, c.path("customers").asDouble()));
            xMax = Math.max(xMax, to);
        }
        // Circles at most as wide as a column, so neighbours touch but do not hide each other.
        JsonNode first = cells.get(0);
        double width = first.path("recencyToDays").asDouble() - first.path("recencyFromDays").asDouble();
        double columns = xMax / width;
        // Ticks on column edges, at most seven of them; circles at most as wide as a column.
        charts.add(ReportSvg.dots(id + "-alive", t("chart.alive", locale), t("axis.recency-days", locale),
                t("axis.p-alive", locale), dots, xMax, width * Math.ceil(columns / 6), 1,
                Math.min(15, 620 / columns / 2), number));
    }

    /** Reinartz & Kumar's four classes as a 2 × 2: duration across, value up. */
    private static boolean loyaltyQuadrants(String id, JsonNode r, Locale locale, NumberFormat number,
                                            List<String> charts) {
        Map<String, int[]> at = Map.of("TRUE_FRIENDS", new int[] {0, 1}, "BUTTERFLIES", new int[] {0, 0},
                "BARNACLES", new int[] {1, 1}, "STRANGERS", new int[] {1, 0});
        double[][] counts = new double[2][2];
        String[][] labels = {{"", ""}, {"", ""}};
        boolean any = false;
        for (JsonNode c : r.path("classes")) {
            int[] cell = at.get(c.path("loyaltyClass").asText());
            if (cell != null) {
                counts[cell[0]][cell[1]] = c.path("customers").asDouble();
                labels[cell[0]][cell[1]] = c.path("loyaltyClass").asText().toLowerCase(Locale.ROOT).replace('_', ' ');
                any = true;
            }
        }
        if (any) {
            charts.add(ReportSvg.heat(id + "-quadrants", t("chart.loyalty", locale), t("axis.duration", locale),
                    t("axis.profitability", locale), List.of("short", "long"), List.of("high", "low"), counts, labels,
                    number));
        }
        return any;
    }

    private static void campaign(String id, JsonNode r, Locale locale, NumberFormat number, List<String> charts) {
        charts.add(ReportSvg.bars(id + "-groups", t("chart.groups", locale), t("axis.rate", locale) + " (%)", List.of(
                new ReportSvg.Bar("contacted", 100 * r.path("treated").path("responseRate").asDouble()),
                new ReportSvg.Bar("control", 100 * r.path("control").path("responseRate").asDouble())), false, number));
        List<ReportSvg.Interval> lifts = new ArrayList<>();
        for (String lift : List.of("responseLift", "conversionLift")) {
            JsonNode l = r.path(lift);
            if (l.has("difference")) {
                lifts.add(new ReportSvg.Interval(lift.replace("Lift", ""), 100 * l.path("difference").asDouble(),
                        100 * l.path("lower").asDouble(), 100 * l.path("upper").asDouble()));
            }
        }
        if (!lifts.isEmpty()) {
            charts.add(ReportSvg.intervals(id + "-lift", t("chart.lift", locale), t("axis.lift", locale), lifts,
                    number));
        }
    }

    /** Bars of the first list with a label and a count of customers (or a count). */
    private static void fallback(String id, JsonNode r, Locale locale, NumberFormat number, List<String> charts) {
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode list = e.getValue();
            if (!list.isArray() || list.isEmpty() || !list.get(0).isObject()) {
                continue;
            }
            String value = list.get(0).has("customers") ? "customers" : list.get(0).has("count") ? "count" : null;
            String label = null;
            for (Iterator<Map.Entry<String, JsonNode>> f = list.get(0).fields(); f.hasNext(); ) {
                Map.Entry<String, JsonNode> field = f.next();
                if (field.getValue().isTextual()) {
                    label = field.getKey();
                    break;
                }
            }
            if (value != null && label != null && list.size() <= 40) {
                charts.add(ReportSvg.bars(id + "-" + e.getKey(), ReportHtml.header(e.getKey()) + ": "
                        + ReportHtml.header(value), t("customers", locale), bars(list, label, value), false, number));
                return;
            }
        }
    }

    private static List<ReportSvg.Bar> bars(JsonNode list, String label, String value) {
        List<ReportSvg.Bar> bars = new ArrayList<>();
        list.forEach(x -> bars.add(new ReportSvg.Bar(x.path(label).asText(), x.path(value).asDouble())));
        return bars;
    }

    /** A money object's amount ({"USD":"3.62"} → 3.62). */
    private static double money(JsonNode m) {
        Iterator<JsonNode> values = m.elements();
        return values.hasNext() ? values.next().asDouble() : 0;
    }

    private static String currency(JsonNode m) {
        Iterator<String> names = m.fieldNames();
        return names.hasNext() ? " (" + names.next() + ")" : "";
    }

    private static String t(String key, Locale locale) {
        return ReportText.of(key, locale);
    }
}
