package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.value.ChurnReport;
import org.opencrm.application.port.in.value.ChurnReportUseCase;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.domain.lifecycle.ChurnThresholds;
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
                + "the ones worth a win-back effort. Uses the latest fits calibrated on or before the as-of date "
                + "(exit 4 when there is none) and the churn policy's thresholds, so its counts equal the lifecycle "
                + "report's at-risk and lapsed stages.")
public final class ChurnReportCommand implements Callable<Integer> {

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

    @Option(names = "--at-risk-below", paramLabel = "P",
            description = "P(alive) below which a customer is at risk (default: the churn policy's, 0.5 unless "
                    + "configured: the same threshold the lifecycle report uses). Give with --lapsed-below.")
    Double atRiskBelow;

    @Option(names = "--lapsed-below", paramLabel = "P",
            description = "P(alive) below which a customer counts as lapsed (default: the churn policy's, 0.2 unless "
                    + "configured). Give with --at-risk-below.")
    Double lapsedBelow;

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
        if ((atRiskBelow == null) != (lapsedBelow == null)) {
            throw new IllegalArgumentException("'--at-risk-below' and '--lapsed-below' go together: give both or neither");
        }
        Optional<ChurnThresholds> thresholds = atRiskBelow == null ? Optional.empty()
                : Optional.of(new ChurnThresholds(atRiskBelow, lapsedBelow));
        ChurnReport r = churnReport.report(new ChurnReportUseCase.Query(asOf.get(), options.assumptions(), thresholds,
                limit, segment.get()));
        PrintWriter out = spec.commandLine().getOut();
        Renderer.warnings(spec.commandLine().getErr(), r.warnings());
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.reportCsv(out, r, section.name());
            case TABLE -> {
                out.printf(Locale.ROOT, "Churn as of %s (P(alive) of %s): %d customers: %d alive, %d at risk "
                                + "(P(alive) < %s), %d lapsed (< %s); historical value of those slipping: %s%n%n",
                        r.asOf(), Renderer.fit(r.purchaseModel()), r.customers(), r.alive(),
                        r.atRisk(), Renderer.fixed(r.atRiskBelow(), 2), r.lapsed(), Renderer.fixed(r.lapsedBelow(), 2),
                        r.historicalValueAtRisk());
                Renderer.table(out, List.of(rows(r)));
            }
        }
        return ExitCodes.OK;
    }

    private static TableView rows(ChurnReport r) {
        Currency currency = r.historicalValueAtRisk().currency();
        return new TableView("At risk and lapsed, by historical value (top " + r.rows().size() + ")",
                List.of("customer_id", "name", "status", "p_alive", "purchase_days", "last_purchase",
                        Renderer.moneyColumn("historical_value", currency), Renderer.moneyColumn("clv", currency)),
                r.rows().stream().map(row -> {
                    ValuedCustomer v = row.customer();
                    return List.of(v.customerId().value(), row.name(), row.status().name(),
                            Renderer.fixed(v.probabilityAlive(), 4), Integer.toString(v.x() + 1),
                            v.lastPurchase().toString(), Renderer.amount(v.historicalValue()), Renderer.amount(v.clv()));
                }).toList());
    }
}
