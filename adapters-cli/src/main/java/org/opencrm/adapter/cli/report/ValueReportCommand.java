package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.report.ValueReport;
import org.opencrm.application.port.in.report.ValueReportUseCase;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.grid.Tercile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm report value}: CLV distribution, the value grid, and the relationship tiers with their resources. */
@Command(name = "value", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Values every customer who bought by the as-of date: historical value (margin so far), "
                + "current value (margin in the last --current-months) and potential value (CLV over --horizon "
                + "months from the latest fits of the purchase model and gamma-gamma). Prints the CLV distribution, "
                + "the 3x3 grid of historical x potential terciles, and the four relationship tiers (strategic, "
                + "major, transactional, risk) with their strategy and share of resources. "
                + "Needs 'crm model fit' for the purchase model and for gamma-gamma first (exit 4 otherwise).")
public final class ValueReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ValueOptions options;

    @Mixin
    AsOfOption asOf;

    private final ValueReportUseCase valueReport;

    @Inject
    public ValueReportCommand(ValueReportUseCase valueReport) {
        this.valueReport = Objects.requireNonNull(valueReport);
    }

    @Override
    public Integer call() {
        ValueReport r = valueReport.report(new ValueReportUseCase.Query(asOf.get(), options.assumptions()));
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, json(r));
            case CSV -> Renderer.csv(out, tierTable(r, true));
            case TABLE -> {
                out.printf(Locale.ROOT, "Customer value as of %s: %d customers, %s; CLV over %d months at %s%% a month, "
                                + "margin %s%n%s%n%n", r.asOf(), r.customers(), r.currency(), r.assumptions().horizonMonths(),
                        Renderer.fixed(100 * r.assumptions().monthlyDiscount(), 2), Renderer.fixed(r.assumptions().margin(), 2),
                        fits(r.purchaseModel(), r.spendModel()));
                Renderer.table(out, List.of(totals(r), distribution(r), grid(r), tierTable(r, false)));
            }
        }
        return ExitCodes.OK;
    }

    private static String fits(FittedModel purchases, FittedModel spend) {
        return String.format(Locale.ROOT, "Models: %s fitted %s (calibration end %s), %s fitted %s", purchases.kind().code(),
                purchases.fittedAt(), purchases.calibrationEnd(), spend.kind().code(), spend.fittedAt());
    }

    private static TableView totals(ValueReport r) {
        return new TableView("Value of the base", List.of("measure", "total", "per_customer"), List.of(
                List.of("historical (margin so far)", Renderer.fixed(r.historicalTotal(), 2),
                        Renderer.fixed(r.historicalTotal() / r.customers(), 2)),
                List.of("current (last " + r.assumptions().currentMonths() + " months)", Renderer.fixed(r.currentTotal(), 2),
                        Renderer.fixed(r.currentTotal() / r.customers(), 2)),
                List.of("potential (CLV)", Renderer.fixed(r.clvTotal(), 2), Renderer.fixed(r.clvMean(), 2))));
    }

    private static TableView distribution(ValueReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (ValueReport.Quantile q : r.clvDistribution()) {
            rows.add(List.of(q.p() == 1.0 ? "max" : "p" + Renderer.fixed(100 * q.p(), 0), Renderer.fixed(q.clv(), 2)));
        }
        return new TableView("CLV distribution", List.of("quantile", "clv"), rows);
    }

    private static TableView grid(ValueReport r) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (ValueReport.GridCell c : r.grid()) {
            if (row.isEmpty()) {
                row.add(c.potential().name().toLowerCase(Locale.ROOT));
            }
            row.add(c.customers() + " " + c.tier().name().toLowerCase(Locale.ROOT));
            if (c.historical() == Tercile.HIGH) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        return new TableView("Value grid: customers and tier per cell (rows: potential; columns: historical)",
                List.of("potential \\ historical", "low", "medium", "high"), rows);
    }

    private static TableView tierTable(ValueReport r, boolean forMachines) {
        List<List<String>> rows = new ArrayList<>();
        for (ValueReport.TierRow t : r.tiers()) {
            rows.add(List.of(t.tier().name().toLowerCase(Locale.ROOT), Long.toString(t.customers()),
                    forMachines ? Renderer.fixed(t.share(), 4) : Renderer.fixed(100 * t.share(), 1) + "%",
                    Renderer.fixed(t.historicalValue(), 2), Renderer.fixed(t.clv(), 2),
                    forMachines ? Renderer.fixed(t.resourceShare(), 4) : Renderer.fixed(100 * t.resourceShare(), 0) + "%",
                    t.strategy()));
        }
        return new TableView("Relationship tiers", List.of("tier", "customers", "share", "historical_value", "clv",
                "resource_share", "strategy"), rows);
    }

    private static Map<String, Object> json(ValueReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asOf", r.asOf().toString());
        root.put("customers", r.customers());
        root.put("currency", r.currency());
        root.put("purchaseModel", Renderer.fields("model", r.purchaseModel().kind().code(),
                "calibrationEnd", r.purchaseModel().calibrationEnd().toString(), "fittedAt", r.purchaseModel().fittedAt().toString()));
        root.put("spendModel", Renderer.fields("model", r.spendModel().kind().code(), "fittedAt", r.spendModel().fittedAt().toString()));
        root.put("assumptions", Renderer.fields("horizonMonths", r.assumptions().horizonMonths(),
                "monthlyDiscount", r.assumptions().monthlyDiscount(), "margin", r.assumptions().margin(),
                "currentMonths", r.assumptions().currentMonths()));
        root.put("totals", Renderer.fields("historical", r.historicalTotal(), "current", r.currentTotal(), "clv", r.clvTotal(),
                "clvMean", r.clvMean()));
        Map<String, Double> quantiles = new LinkedHashMap<>();
        r.clvDistribution().forEach(q -> quantiles.put(q.p() == 1.0 ? "max" : "p" + Renderer.fixed(100 * q.p(), 0), q.clv()));
        root.put("clvDistribution", quantiles);
        root.put("grid", r.grid().stream().map(c -> Renderer.fields("historical", c.historical().name(),
                "potential", c.potential().name(), "tier", c.tier().name(), "customers", c.customers())).toList());
        root.put("tiers", r.tiers().stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tier", t.tier().name());
            m.put("customers", t.customers());
            m.put("share", t.share());
            m.put("historicalValue", t.historicalValue());
            m.put("clv", t.clv());
            m.put("resourceShare", t.resourceShare());
            m.put("strategy", t.strategy());
            return m;
        }).toList());
        return root;
    }
}
