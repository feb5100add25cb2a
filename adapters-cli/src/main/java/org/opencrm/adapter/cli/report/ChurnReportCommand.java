package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
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
import org.opencrm.application.port.in.report.ChurnReport;
import org.opencrm.application.port.in.report.ChurnReportUseCase;
import org.opencrm.application.port.in.report.ValuedCustomer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report churn}: customers slipping away, the most valuable first. */
@Command(name = "churn", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Scores P(alive) for every customer who bought by the as-of date with the latest fit of the "
                + "purchase model, counts the alive, at-risk (P(alive) < --at-risk-below) and lapsed (< "
                + "--lapsed-below), and lists the at-risk and lapsed customers by historical value, highest first: "
                + "the ones worth a win-back effort. Needs fits of the purchase model and gamma-gamma (exit 4 otherwise).")
public final class ChurnReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ValueOptions options;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--at-risk-below", paramLabel = "P", defaultValue = "0.5",
            description = "P(alive) below which a customer is at risk (default: ${DEFAULT-VALUE}).")
    double atRiskBelow;

    @Option(names = "--lapsed-below", paramLabel = "P", defaultValue = "0.2",
            description = "P(alive) below which a customer counts as lapsed (default: ${DEFAULT-VALUE}).")
    double lapsedBelow;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "How many customers to list (default: ${DEFAULT-VALUE}).")
    int limit;

    private final ChurnReportUseCase churnReport;

    @Inject
    public ChurnReportCommand(ChurnReportUseCase churnReport) {
        this.churnReport = Objects.requireNonNull(churnReport);
    }

    @Override
    public Integer call() {
        ChurnReport r = churnReport.report(new ChurnReportUseCase.Query(asOf.get(), options.assumptions(),
                atRiskBelow, lapsedBelow, limit));
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, json(r));
            case CSV -> Renderer.csv(out, rows(r));
            case TABLE -> {
                out.printf(Locale.ROOT, "Churn as of %s (%s fitted %s): %d customers: %d alive, %d at risk "
                                + "(P(alive) < %s), %d lapsed (< %s); historical value of those slipping: %s%n%n",
                        r.asOf(), r.purchaseModel().kind().code(), r.purchaseModel().fittedAt(), r.customers(), r.alive(),
                        r.atRisk(), Renderer.fixed(r.atRiskBelow(), 2), r.lapsed(), Renderer.fixed(r.lapsedBelow(), 2),
                        Renderer.fixed(r.historicalValueAtRisk(), 2));
                Renderer.table(out, List.of(rows(r)));
            }
        }
        return ExitCodes.OK;
    }

    private static TableView rows(ChurnReport r) {
        return new TableView("At risk and lapsed, by historical value (top " + r.rows().size() + ")",
                List.of("customer_id", "name", "status", "p_alive", "purchase_days", "last_purchase", "historical_value",
                        "clv"),
                r.rows().stream().map(row -> {
                    ValuedCustomer v = row.customer();
                    return List.of(v.customerId().value(), row.name(), row.status().name(),
                            Renderer.fixed(v.probabilityAlive(), 4), Integer.toString(v.x() + 1),
                            v.lastPurchase().toString(), Renderer.fixed(v.historicalValue(), 2), Renderer.fixed(v.clv(), 2));
                }).toList());
    }

    private static Map<String, Object> json(ChurnReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asOf", r.asOf().toString());
        root.put("purchaseModel", r.purchaseModel().kind().code());
        root.put("atRiskBelow", r.atRiskBelow());
        root.put("lapsedBelow", r.lapsedBelow());
        root.put("customers", r.customers());
        root.put("alive", r.alive());
        root.put("atRisk", r.atRisk());
        root.put("lapsed", r.lapsed());
        root.put("historicalValueAtRisk", r.historicalValueAtRisk());
        root.put("rows", r.rows().stream().map(row -> {
            ValuedCustomer v = row.customer();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("customerId", v.customerId().value());
            m.put("name", row.name());
            m.put("status", row.status().name());
            m.put("probabilityAlive", v.probabilityAlive());
            m.put("purchaseDays", v.x() + 1);
            m.put("lastPurchase", v.lastPurchase().toString());
            m.put("historicalValue", v.historicalValue());
            m.put("clv", v.clv());
            return m;
        }).toList());
        return root;
    }
}
