package org.opencrm.formats;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The charts of the HTML reports, drawn as inline SVG: horizontal bars (optionally on a log scale), a heat map,
 * a binned scatter and intervals around a zero line. Each has a title, axis labels and a text description (for screen readers and as
 * the alternative when images are off); colours come from the page's CSS, so print and dark mode restyle them.
 */
final class ReportSvg {

    private static final int WIDTH = 720;
    private static final int LABEL = 210;
    private static final int BAR = 22;
    private static final int TOP = 34;
    private static final int BOTTOM = 44;

    private ReportSvg() {
    }

    /** One labelled value. */
    record Bar(String label, double value) {
    }

    /** Horizontal bars, one per label, the value printed at the bar's end; {@code log}: a log10 axis. */
    static String bars(String id, String title, String axis, List<Bar> bars, boolean log, NumberFormat number) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double min = log ? bars.stream().mapToDouble(Bar::value).filter(v -> v > 0).min().orElse(1) : 0;
        double lo = log ? Math.floor(Math.log10(min)) : 0;
        double hi = log ? Math.ceil(Math.log10(Math.max(max, min * 10))) : nice(max);
        int plot = WIDTH - LABEL - 90;
        int height = TOP + bars.size() * (BAR + 6) + BOTTOM;
        StringBuilder s = open(id, title, description(title, bars, number), height);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double share = log ? (b.value() <= 0 ? 0 : (Math.log10(b.value()) - lo) / (hi - lo)) : b.value() / hi;
            int w = (int) Math.round(Math.max(0, share) * plot);
            int y = TOP + i * (BAR + 6);
            s.append("<text class=\"label\" x=\"").append(LABEL - 8).append("\" y=\"").append(y + BAR - 6)
                    .append("\" text-anchor=\"end\">").append(ReportHtml.escape(clip(b.label()))).append("</text>");
            s.append("<rect class=\"mark c").append(i % 8).append("\" x=\"").append(LABEL).append("\" y=\"").append(y)
                    .append("\" width=\"").append(Math.max(w, 1)).append("\" height=\"").append(BAR).append("\"><title>")
                    .append(ReportHtml.escape(b.label() + ": " + number.format(b.value()))).append("</title></rect>");
            s.append("<text class=\"value\" x=\"").append(LABEL + Math.max(w, 1) + 6).append("\" y=\"")
                    .append(y + BAR - 6).append("\">").append(number.format(b.value())).append("</text>");
        }
        int axisY = TOP + bars.size() * (BAR + 6) + 4;
        s.append("<line class=\"axis\" x1=\"").append(LABEL).append("\" y1=\"").append(axisY).append("\" x2=\"")
                .append(LABEL + plot).append("\" y2=\"").append(axisY).append("\"/>");
        for (int t = 0; t <= 4; t++) {
            double v = log ? Math.pow(10, lo + (hi - lo) * t / 4) : hi * t / 4;
            int x = LABEL + plot * t / 4;
            s.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(axisY + 16)
                    .append("\" text-anchor=\"middle\">").append(number.format(v)).append("</text>");
        }
        s.append("<text class=\"axis-label\" x=\"").append(LABEL + plot / 2).append("\" y=\"").append(height - 6)
                .append("\" text-anchor=\"middle\">").append(ReportHtml.escape(axis + (log ? " (log scale)" : "")))
                .append("</text>");
        return s.append("</svg>").toString();
    }

    /** A grid of counts, shaded by value, each cell labelled (a tier, a class) and counted. */
    static String heat(String id, String title, String xAxis, String yAxis, List<String> columns, List<String> rows,
                       double[][] values, String[][] labels, NumberFormat number) {
        int left = 120;
        int cell = Math.min(110, (WIDTH - left - 10) / columns.size());
        int height = TOP + rows.size() * cell + BOTTOM + 10;
        double max = 0;
        StringBuilder desc = new StringBuilder(title).append(": ");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                max = Math.max(max, values[r][c]);
                desc.append(rows.get(r)).append(" × ").append(columns.get(c)).append(" = ")
                        .append(number.format(values[r][c])).append(labels[r][c].isEmpty() ? "" : " (" + labels[r][c] + ")")
                        .append("; ");
            }
        }
        StringBuilder s = open(id, title, desc.toString(), height);
        for (int r = 0; r < rows.size(); r++) {
            int y = TOP + r * cell;
            s.append("<text class=\"label\" x=\"").append(left - 8).append("\" y=\"").append(y + cell / 2)
                    .append("\" text-anchor=\"end\">").append(ReportHtml.escape(rows.get(r))).append("</text>");
            for (int c = 0; c < columns.size(); c++) {
                int x = left + c * cell;
                double share = max <= 0 ? 0 : values[r][c] / max;
                s.append("<rect class=\"mark heat\" x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"")
                        .append(cell - 4).append("\" height=\"").append(cell - 4).append("\" fill-opacity=\"")
                        .append(String.format(Locale.ROOT, "%.2f", 0.12 + 0.88 * share)).append("\"><title>")
                        .append(ReportHtml.escape(rows.get(r) + " × " + columns.get(c) + ": "
                                + number.format(values[r][c]))).append("</title></rect>");
                String[] lines = twoLines(labels[r][c], cell / 7);
                for (int l = 0; l < lines.length; l++) {
                    s.append("<text class=\"cell\" x=\"").append(x + cell / 2 - 2).append("\" y=\"")
                            .append(y + cell / 2 - 6 - 14 * (lines.length - 1 - l)).append("\" text-anchor=\"middle\">")
                            .append(ReportHtml.escape(lines[l])).append("</text>");
                }
                s.append("<text class=\"cell\" x=\"").append(x + cell / 2 - 2).append("\" y=\"").append(y + cell / 2 + 14)
                        .append("\" text-anchor=\"middle\">").append(number.format(values[r][c])).append("</text>");
            }
        }
        for (int c = 0; c < columns.size(); c++) {
            s.append("<text class=\"tick\" x=\"").append(left + c * cell + cell / 2 - 2).append("\" y=\"")
                    .append(TOP + rows.size() * cell + 14).append("\" text-anchor=\"middle\">")
                    .append(ReportHtml.escape(columns.get(c))).append("</text>");
        }
        s.append("<text class=\"axis-label\" x=\"").append(left + columns.size() * cell / 2).append("\" y=\"")
                .append(height - 6).append("\" text-anchor=\"middle\">").append(ReportHtml.escape(xAxis)).append("</text>");
        s.append("<text class=\"axis-label\" transform=\"rotate(-90)\" x=\"").append(-(TOP + rows.size() * cell / 2))
                .append("\" y=\"16\" text-anchor=\"middle\">").append(ReportHtml.escape(yAxis)).append("</text>");
        return s.append("</svg>").toString();
    }

    /** A label too wide for a cell split at the space nearest its middle (and each half clipped to fit). */
    private static String[] twoLines(String label, int chars) {
        if (label.length() <= chars || label.indexOf(' ') < 0) {
            return new String[] {clip(label, chars)};
        }
        int middle = label.length() / 2;
        int before = label.lastIndexOf(' ', middle);
        int after = label.indexOf(' ', middle);
        int at = before < 0 ? after : after < 0 || middle - before <= after - middle ? before : after;
        return new String[] {clip(label.substring(0, at), chars), clip(label.substring(at + 1), chars)};
    }

    /** One cell of a binned scatter: where it sits on both axes, and how many it holds. */
    record Dot(double x, double y, double count) {
    }

    /**
     * A binned scatter: one circle per non-empty cell at the cell's centre, its area proportional to the customers
     * in it, so a base of any size draws at most a few hundred marks. Axes are linear from 0 to their maxima, the
     * x axis ticked every {@code xTick}.
     */
    static String dots(String id, String title, String xAxis, String yAxis, List<Dot> dots, double xMax, double xTick,
                       double yMax, double radius, NumberFormat number) {
        int left = 70;
        int plotWidth = WIDTH - left - 30;
        int plotHeight = 300;
        int height = TOP + plotHeight + BOTTOM + 10;
        double most = dots.stream().mapToDouble(Dot::count).max().orElse(1);
        StringBuilder desc = new StringBuilder(title).append(": ");
        dots.forEach(d -> desc.append('(').append(number.format(d.x())).append(", ").append(number.format(d.y()))
                .append(") ").append(number.format(d.count())).append("; "));
        StringBuilder s = open(id, title, desc.toString(), height);
        java.util.function.DoubleToIntFunction x = v -> left + (int) Math.round(v / xMax * plotWidth);
        java.util.function.DoubleToIntFunction y = v -> TOP + plotHeight - (int) Math.round(v / yMax * plotHeight);
        s.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(TOP + plotHeight)
                .append("\" x2=\"").append(left + plotWidth).append("\" y2=\"").append(TOP + plotHeight).append("\"/>");
        s.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(TOP).append("\" x2=\"")
                .append(left).append("\" y2=\"").append(TOP + plotHeight).append("\"/>");
        for (Dot d : dots) {
            double r = Math.max(1.5, radius * Math.sqrt(d.count() / most));
            s.append("<circle class=\"mark c0 dot\" cx=\"").append(x.applyAsInt(d.x())).append("\" cy=\"")
                    .append(y.applyAsInt(d.y())).append("\" r=\"").append(String.format(Locale.ROOT, "%.1f", r))
                    .append("\"><title>").append(ReportHtml.escape(xAxis + " " + number.format(d.x()) + ", " + yAxis
                            + " " + number.format(d.y()) + ": " + number.format(d.count()))).append("</title></circle>");
        }
        for (double v = 0; v <= xMax + 1e-9; v += xTick) {
            s.append("<text class=\"tick\" x=\"").append(x.applyAsInt(v)).append("\" y=\"")
                    .append(TOP + plotHeight + 16).append("\" text-anchor=\"middle\">").append(number.format(v))
                    .append("</text>");
        }
        for (int t = 0; t <= 4; t++) {
            s.append("<text class=\"tick\" x=\"").append(left - 6).append("\" y=\"").append(y.applyAsInt(yMax * t / 4) + 4)
                    .append("\" text-anchor=\"end\">").append(number.format(yMax * t / 4)).append("</text>");
        }
        s.append("<text class=\"axis-label\" x=\"").append(left + plotWidth / 2).append("\" y=\"").append(height - 6)
                .append("\" text-anchor=\"middle\">").append(ReportHtml.escape(xAxis)).append("</text>");
        s.append("<text class=\"axis-label\" transform=\"rotate(-90)\" x=\"").append(-(TOP + plotHeight / 2))
                .append("\" y=\"16\" text-anchor=\"middle\">").append(ReportHtml.escape(yAxis)).append("</text>");
        return s.append("</svg>").toString();
    }

    /** One estimate with its interval. */
    record Interval(String label, double estimate, double lower, double upper) {
    }

    /** Estimates with their intervals as whiskers, around a zero line: where an interval crosses it, no effect is shown. */
    static String intervals(String id, String title, String axis, List<Interval> intervals, NumberFormat number) {
        double lo = Math.min(0, intervals.stream().mapToDouble(Interval::lower).min().orElse(0));
        double hi = Math.max(0, intervals.stream().mapToDouble(Interval::upper).max().orElse(0));
        if (hi - lo < 1e-12) {
            hi = lo + 1;
        }
        double pad = (hi - lo) * 0.1;
        lo -= pad;
        hi += pad;
        int plot = WIDTH - LABEL - 40;
        int height = TOP + intervals.size() * (BAR + 10) + BOTTOM;
        StringBuilder desc = new StringBuilder(title).append(": ");
        intervals.forEach(i -> desc.append(i.label()).append(' ').append(number.format(i.estimate())).append(" [")
                .append(number.format(i.lower())).append(", ").append(number.format(i.upper())).append("]; "));
        StringBuilder s = open(id, title, desc.toString(), height);
        double l = lo;
        double h = hi;
        java.util.function.DoubleToIntFunction x = v -> LABEL + (int) Math.round((v - l) / (h - l) * plot);
        s.append("<line class=\"zero\" x1=\"").append(x.applyAsInt(0)).append("\" y1=\"").append(TOP - 6)
                .append("\" x2=\"").append(x.applyAsInt(0)).append("\" y2=\"")
                .append(TOP + intervals.size() * (BAR + 10)).append("\"/>");
        for (int i = 0; i < intervals.size(); i++) {
            Interval v = intervals.get(i);
            int y = TOP + i * (BAR + 10) + BAR / 2;
            s.append("<text class=\"label\" x=\"").append(LABEL - 8).append("\" y=\"").append(y + 4)
                    .append("\" text-anchor=\"end\">").append(ReportHtml.escape(v.label())).append("</text>");
            s.append("<line class=\"mark whisker\" x1=\"").append(x.applyAsInt(v.lower())).append("\" y1=\"").append(y)
                    .append("\" x2=\"").append(x.applyAsInt(v.upper())).append("\" y2=\"").append(y).append("\"/>");
            s.append("<circle class=\"mark c0\" cx=\"").append(x.applyAsInt(v.estimate())).append("\" cy=\"").append(y)
                    .append("\" r=\"6\"><title>").append(ReportHtml.escape(v.label() + ": " + number.format(v.estimate())
                            + " [" + number.format(v.lower()) + ", " + number.format(v.upper()) + "]")).append("</title></circle>");
        }
        int axisY = TOP + intervals.size() * (BAR + 10);
        for (int t = 0; t <= 4; t++) {
            double v = lo + (hi - lo) * t / 4;
            s.append("<text class=\"tick\" x=\"").append(x.applyAsInt(v)).append("\" y=\"").append(axisY + 14)
                    .append("\" text-anchor=\"middle\">").append(number.format(v)).append("</text>");
        }
        s.append("<text class=\"axis-label\" x=\"").append(LABEL + plot / 2).append("\" y=\"").append(height - 6)
                .append("\" text-anchor=\"middle\">").append(ReportHtml.escape(axis)).append("</text>");
        return s.append("</svg>").toString();
    }

    /** The round number (1, 2 or 5 times a power of ten, times 4 for the ticks) at or above {@code max}. */
    private static double nice(double max) {
        if (max <= 0) {
            return 1;
        }
        double step = max / 4;
        double power = Math.pow(10, Math.floor(Math.log10(step)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * power >= step) {
                return 4 * m * power;
            }
        }
        return 40 * power;
    }

    private static StringBuilder open(String id, String title, String description, int height) {
        return new StringBuilder(1024).append("<svg class=\"chart\" role=\"img\" xmlns=\"http://www.w3.org/2000/svg\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height).append("\" aria-labelledby=\"")
                .append(id).append("-t ").append(id).append("-d\"><title id=\"").append(id).append("-t\">")
                .append(ReportHtml.escape(title)).append("</title><desc id=\"").append(id).append("-d\">")
                .append(ReportHtml.escape(description)).append("</desc><text class=\"chart-title\" x=\"10\" y=\"20\">")
                .append(ReportHtml.escape(title)).append("</text>");
    }

    private static String description(String title, List<Bar> bars, NumberFormat number) {
        StringBuilder d = new StringBuilder(title).append(": ");
        bars.forEach(b -> d.append(b.label()).append(' ').append(number.format(b.value())).append("; "));
        return d.toString();
    }

    private static String clip(String label) {
        return clip(label, 30);
    }

    private static String clip(String label, int chars) {
        return label.length() > chars ? label.substring(0, chars - 1) + "…" : label;
    }
}
