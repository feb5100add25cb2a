package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.value.ValueReport;
import org.opencrm.application.port.in.value.ValueReportUseCase;
import org.opencrm.domain.money.Money;
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
    SegmentOption segment;

    @Mixin
    CsvSection section;

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
        ValueReport r = valueReport.report(new ValueReportUseCase.Query(asOf.get(), options.assumptions(), segment.get()));
        PrintWriter out = spec.commandLine().getOut();
        Renderer.warnings(spec.commandLine().getErr(), r.warnings());
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.reportCsv(out, r, section.name());
            case TABLE -> {
                out.printf(Locale.ROOT, "Customer value as of %s: %d customers, amounts in %s; CLV over %d months at "
                                + "%s%% a month, margin %s%% of revenue%n%s%n%n", r.asOf(), r.customers(),
                        r.clvTotal().currency().getCurrencyCode(), r.assumptions().horizonMonths(),
                        Renderer.fixed(100 * r.assumptions().monthlyDiscount(), 2),
                        Renderer.fixed(100 * r.assumptions().margin(), 1), fits(r.purchaseModel(), r.spendModel()));
                Renderer.table(out, List.of(totals(r), distribution(r), grid(r), tierTable(r, false)));
            }
        }
        return ExitCodes.OK;
    }

    private static String fits(FittedModel purchases, FittedModel spend) {
        return "Models: P(alive) and purchases from " + Renderer.fit(purchases) + "; spend from " + Renderer.fit(spend)
                + " on " + spend.customers() + " repeat buyers";
    }

    private static TableView totals(ValueReport r) {
        Currency c = r.clvTotal().currency();
        BigDecimal n = BigDecimal.valueOf(r.customers());
        return new TableView("Value of the base", List.of("measure", Renderer.moneyColumn("total", c),
                Renderer.moneyColumn("per_customer", c)), List.of(
                List.of("historical (margin so far)", Renderer.amount(r.historicalTotal()), perCustomer(r.historicalTotal(), n)),
                List.of("current (last " + r.assumptions().currentMonths() + " months)", Renderer.amount(r.currentTotal()),
                        perCustomer(r.currentTotal(), n)),
                List.of("potential (CLV)", Renderer.amount(r.clvTotal()), Renderer.amount(r.clvMean()))));
    }

    private static String perCustomer(Money total, BigDecimal customers) {
        return Renderer.amount(Money.rounded(total.amount().divide(customers, 10, RoundingMode.HALF_EVEN),
                total.currency()));
    }

    private static TableView distribution(ValueReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (ValueReport.Quantile q : r.clvDistribution()) {
            rows.add(List.of(q.p() == 1.0 ? "max" : "p" + Renderer.fixed(100 * q.p(), 0), Renderer.amount(q.clv())));
        }
        return new TableView("CLV distribution", List.of("quantile", Renderer.moneyColumn("clv", r.clvTotal().currency())),
                rows);
    }

    private static TableView grid(ValueReport r) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (ValueReport.GridCell c : r.grid()) {
            if (row.isEmpty()) {
                row.add(c.potential().name());
            }
            row.add(c.customers() + " " + c.tier().name());
            if (c.historical() == Tercile.HIGH) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        return new TableView("Value grid: customers and tier per cell (rows: potential; columns: historical)",
                List.of("potential \\ historical", "LOW", "MEDIUM", "HIGH"), rows);
    }

    private static TableView tierTable(ValueReport r, boolean forMachines) {
        Currency c = r.clvTotal().currency();
        List<List<String>> rows = new ArrayList<>();
        for (ValueReport.TierRow t : r.tiers()) {
            rows.add(List.of(t.tier().name(), Long.toString(t.customers()),
                    Renderer.share(t.share(), forMachines), Renderer.amount(t.historicalValue()), Renderer.amount(t.clv()),
                    Renderer.share(t.resourceShare(), forMachines), t.strategy()));
        }
        return new TableView("Relationship tiers", List.of("tier", "customers", "share",
                Renderer.moneyColumn("historical_value", c), Renderer.moneyColumn("clv", c), "resource_share", "strategy"),
                rows);
    }
}
