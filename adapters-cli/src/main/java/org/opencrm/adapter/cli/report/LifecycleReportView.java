package org.opencrm.adapter.cli.report;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.MoneyTotals;
import org.opencrm.domain.lifecycle.LifecycleStage;

/**
 * Prints a lifecycle report as text tables, CSV (one section, as over HTTP) or JSON (everything). Text shows
 * shares as percentages and revenue with its currency.
 */
public final class LifecycleReportView {

    private final LifecycleReport report;
    private final boolean forMachines;
    private final SortedSet<String> currencies = new TreeSet<>();

    private LifecycleReportView(LifecycleReport report, boolean forMachines) {
        this.report = report;
        this.forMachines = forMachines;
        currencies.addAll(report.revenue().byCurrency().keySet());
    }

    public static void print(PrintWriter out, OutputFormat format, LifecycleReport report, String csvSection) {
        switch (format) {
            case TABLE -> {
                out.printf("Lifecycle report as of %s (period %s .. %s): %d customers, revenue in period %s%n"
                                + "Churn signal: %s%n%n", report.asOf(), report.periodStart().plusDays(1), report.asOf(),
                        report.customers(), report.revenue().format(), report.churnSignal());
                LifecycleReportView v = new LifecycleReportView(report, false);
                Renderer.table(out, List.of(v.phases(), v.stages(), v.transitions(), v.conversions()));
            }
            case CSV -> Renderer.reportCsv(out, report, csvSection);
            case JSON -> Renderer.json(out, report);
        }
    }

    TableView phases() {
        List<List<String>> rows = new ArrayList<>();
        report.phases().forEach(p -> rows.add(row(List.of(name(p.phase()), Long.toString(p.customers()),
                share(p.share())), p.revenue())));
        return new TableView("Customers per management phase", columns("phase", "customers", "share"), rows);
    }

    TableView stages() {
        List<List<String>> rows = new ArrayList<>();
        report.stages().forEach(s -> rows.add(row(List.of(name(s.stage()), name(s.phase()),
                Long.toString(s.customers()), share(s.share())), s.revenue())));
        return new TableView("Customers per lifecycle stage", columns("stage", "phase", "customers", "share"), rows);
    }

    TableView transitions() {
        List<List<String>> rows = new ArrayList<>();
        report.transitions().forEach(t -> rows.add(List.of(from(t.from()), name(t.to()), Long.toString(t.count()))));
        return new TableView("Transitions in the period", List.of("from", "to", "count"), rows);
    }

    TableView conversions() {
        List<List<String>> rows = new ArrayList<>();
        report.conversions().forEach(c -> rows.add(List.of(from(c.from()), name(c.to()), Long.toString(c.customers()),
                share(c.share()))));
        return new TableView("Conversion: stage at period start -> stage at as-of date",
                List.of("from", "to", "customers", "share_of_from"), rows);
    }

    private List<String> columns(String... leading) {
        List<String> columns = new ArrayList<>(List.of(leading));
        if (forMachines) {
            currencies.forEach(c -> columns.add("revenue_" + c));
        } else {
            columns.add("revenue");
        }
        return columns;
    }

    private List<String> row(List<String> leading, MoneyTotals revenue) {
        List<String> row = new ArrayList<>(leading);
        if (forMachines) {
            currencies.forEach(c -> row.add(revenue.byCurrency().getOrDefault(c, BigDecimal.ZERO).toPlainString()));
        } else {
            row.add(revenue.format());
        }
        return row;
    }

    private String share(BigDecimal share) {
        return forMachines ? share.toPlainString()
                : Renderer.percent(share);
    }

    private static String from(Optional<LifecycleStage> stage) {
        return stage.map(LifecycleReportView::name).orElse("(not yet a customer)");
    }

    private static String name(Enum<?> e) {
        // As the JSON writes it: one spelling of a stage everywhere.
        return e.name();
    }
}
