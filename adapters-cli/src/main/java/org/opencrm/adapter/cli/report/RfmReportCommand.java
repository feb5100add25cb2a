package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.adapter.cli.support.InputException;
import org.opencrm.application.port.in.report.RfmReport;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report rfm}: recency, frequency and monetary scores and segments as of a date. */
@Command(name = "rfm", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Scores every customer who bought by the as-of date 1..n on recency (days since the last "
                + "purchase; most recent = n), frequency (purchase days) and monetary value, by quantiles of the "
                + "customer base (ties always share a score), and counts the customers per segment. The standard "
                + "map has Champions, Loyal, Potential loyalist, New, Promising, Needs attention, About to sleep, "
                + "At risk, Can't lose them, Hibernating and Lost; --segments FILE supplies your own.")
public final class RfmReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentOption segment;

    @Mixin
    CsvSection section;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Report date (default: today, UTC).")
    LocalDate asOf;

    @Option(names = "--bins", defaultValue = "5", description = "Scores per dimension, 2..10 (default: ${DEFAULT-VALUE}).")
    int bins;

    @Option(names = "--monetary", defaultValue = "AVERAGE",
            description = "Monetary value: ${COMPLETION-CANDIDATES} spend per purchase day (default: ${DEFAULT-VALUE}).")
    RfmValues.Monetary monetary;

    @Option(names = "--segments", paramLabel = "FILE",
            description = "Segment map, one rule a line: 'segment ; R ; F ; M' with ranges n, n-m or *; first match wins.")
    Path segments;

    private final RfmReportUseCase rfmReport;

    @Inject
    public RfmReportCommand(RfmReportUseCase rfmReport) {
        this.rfmReport = Objects.requireNonNull(rfmReport);
    }

    @Override
    public Integer call() throws IOException {
        RfmSegmentMap map = segments == null ? RfmSegmentMap.STANDARD : readMap(segments);
        RfmReport report = rfmReport.report(new RfmReportUseCase.Query(Optional.ofNullable(asOf), bins, monetary, map,
                segment.get()));
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, report);
            case CSV -> Renderer.reportCsv(out, report, section.name());
            case TABLE -> {
                out.printf(Locale.ROOT, "RFM as of %s: %d customers, %d scores per dimension%n%n", report.asOf(),
                        report.customers(), report.bins());
                Renderer.table(out, List.of(cutTable(report), segmentTable(report, false)));
            }
        }
        return ExitCodes.OK;
    }

    private static RfmSegmentMap readMap(Path file) throws IOException {
        try {
            return RfmSegmentMap.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + file);
        }
    }

    private static TableView cutTable(RfmReport r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("recency (days)", cuts(r.recency()), Integer.toString(r.recency().distinctScores())));
        rows.add(List.of("frequency (purchase days)", cuts(r.frequency()), Integer.toString(r.frequency().distinctScores())));
        rows.add(List.of("monetary" + r.monetary().cuts().stream().findFirst().map(m -> " (" + m.currency() + ")").orElse(""),
                r.monetary().cuts().stream().map(Renderer::amount).collect(Collectors.joining(" | ")),
                Integer.toString(r.monetary().distinctScores())));
        return new TableView("Quantile cut points", List.of("dimension", "cuts", "distinct_scores"), rows);
    }

    private static String cuts(RfmReport.Dimension d) {
        return d.cuts().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" | "));
    }

    private static TableView segmentTable(RfmReport r, boolean forMachines) {
        List<List<String>> rows = new ArrayList<>();
        for (RfmReport.SegmentRow s : r.segments()) {
            rows.add(List.of(s.segment(), Long.toString(s.customers()),
                    forMachines ? s.share().toPlainString() : Renderer.percent(s.share()),
                    plain(s.meanRecencyDays()), plain(s.meanPurchaseDays()),
                    s.meanMonetary().map(Renderer::amount).orElse("")));
        }
        String currency = r.monetary().cuts().stream().findFirst().map(m -> "_" + m.currency()).orElse("");
        return new TableView("Customers per segment", List.of("segment", "customers", "share", "mean_recency_days",
                "mean_purchase_days", "mean_monetary" + currency), rows);
    }

    /** An empty segment has no means: blank, not 0.0. */
    private static String plain(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("");
    }
}
