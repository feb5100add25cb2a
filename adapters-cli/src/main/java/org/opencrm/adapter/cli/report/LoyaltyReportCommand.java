package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyModel;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReport;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReportUseCase;
import org.opencrm.application.port.in.value.LoyaltyReport;
import org.opencrm.application.port.in.value.LoyaltyReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crm report loyalty}: Reinartz &amp; Kumar's classes, or an attitudinal model's from survey answers. */
@Command(name = "loyalty", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = {"--model reinartz-kumar (default) classifies every customer who bought by the as-of date by "
                + "loyalty (lifetime duration: from the first purchase until P(alive) fell below --alive-cut, or until "
                + "the as-of date) and profitability (CLV), each split at the base's median: true friends, "
                + "butterflies, barnacles, strangers, with the strategy each calls for. Needs fits of the purchase "
                + "model and gamma-gamma.",
            "--model dick-basu, knox or bradt classify every customer registered by the as-of date from their latest "
                + "survey response by then: Dick & Basu by relative attitude (mean of satisfaction and commitment) "
                + "and repeat patronage (purchases in the window); Knox by involvement and the number of other "
                + "providers; Bradt by satisfaction, likelihood to recommend and repurchase intention. Customers "
                + "without the answers a model needs are counted as unclassified, by reason, never guessed."})
public final class LoyaltyReportCommand implements Callable<Integer> {

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

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "reinartz-kumar",
            description = "Loyalty model: reinartz-kumar, dick-basu, knox or bradt (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--alive-cut", paramLabel = "P",
            description = "P(alive) below which a lifetime has ended (default: the churn policy's at-risk threshold, "
                    + "0.5 unless configured, as in the paper).")
    Double aliveCut;

    @Mixin
    AttitudeThresholds thresholds;

    private final LoyaltyReportUseCase loyaltyReport;
    private final AttitudinalLoyaltyReportUseCase attitudinalReport;

    @Inject
    public LoyaltyReportCommand(LoyaltyReportUseCase loyaltyReport, AttitudinalLoyaltyReportUseCase attitudinalReport) {
        this.loyaltyReport = Objects.requireNonNull(loyaltyReport);
        this.attitudinalReport = Objects.requireNonNull(attitudinalReport);
    }

    @Override
    public Integer call() {
        if (!model.equalsIgnoreCase("reinartz-kumar")) {
            AttitudinalLoyaltyModel attitudinal;
            try {
                attitudinal = AttitudinalLoyaltyModel.ofCode(model);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--model': " + e.getMessage());
            }
            printAttitudinal(attitudinalReport.report(thresholds.query(asOf.get(), attitudinal)
                    .within(segment.get())));
            return ExitCodes.OK;
        }
        LoyaltyReport r = loyaltyReport.report(new LoyaltyReportUseCase.Query(asOf.get(), options.assumptions(),
                aliveCut == null ? OptionalDouble.empty() : OptionalDouble.of(aliveCut), segment.get()));
        PrintWriter out = spec.commandLine().getOut();
        Renderer.warnings(spec.commandLine().getErr(), r.warnings());
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.reportCsv(out, r, section.name());
            case TABLE -> {
                out.printf(Locale.ROOT, "Loyalty (Reinartz & Kumar) as of %s: %d customers; loyal = lifetime over "
                                + "%s days (median) and not lapsed, profitable = CLV over %s (median); lifetime ends when "
                                + "P(alive) < %s (P(alive) of %s)%n%n",
                        r.asOf(), r.customers(), Renderer.fixed(r.durationCutDays(), 1), r.clvCut(),
                        Renderer.fixed(r.aliveCut(), 2), Renderer.fit(r.purchaseModel()));
                Renderer.table(out, List.of(classes(r, false)));
            }
        }
        return ExitCodes.OK;
    }

    private void printAttitudinal(AttitudinalLoyaltyReport r) {
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.reportCsv(out, r, section.name());
            case TABLE -> {
                out.printf(Locale.ROOT, "Loyalty (%s) as of %s: %d customers, %d classified from their latest survey "
                        + "answers; thresholds %s%n%n", r.model(), r.asOf(), r.customers(), r.classified(),
                        r.thresholds());
                TableView classes = new TableView("Loyalty classes", List.of("class", "customers", "share", "strategy"),
                        r.classes().stream().map(c -> List.of(c.loyaltyClass(), Long.toString(c.customers()),
                                Renderer.share(c.share(), false), c.strategy())).toList());
                TableView unclassified = new TableView("Unclassified", List.of("reason", "customers", "share"),
                        r.unclassified().stream().map(u -> List.of(u.reason(), Long.toString(u.customers()),
                                Renderer.share(u.share(), false))).toList());
                Renderer.table(out, List.of(classes, unclassified));
            }
        }
    }

    private static TableView classes(LoyaltyReport r, boolean forMachines) {
        Currency currency = r.clvCut().currency();
        return new TableView("Loyalty classes", List.of("class", "customers", "share", "mean_lifetime_days",
                "mean_p_alive", Renderer.moneyColumn("mean_clv", currency), Renderer.moneyColumn("total_clv", currency),
                "strategy"),
                r.classes().stream().map(c -> List.of(c.loyaltyClass().name(), Long.toString(c.customers()),
                        Renderer.share(c.share(), forMachines),
                        c.customers() == 0 ? "" : Renderer.fixed(c.meanDurationDays(), 1),
                        c.customers() == 0 ? "" : Renderer.fixed(c.meanProbabilityAlive(), 4),
                        c.meanClv().map(Renderer::amount).orElse(""), Renderer.amount(c.totalClv()), c.strategy()))
                        .toList());
    }
}
