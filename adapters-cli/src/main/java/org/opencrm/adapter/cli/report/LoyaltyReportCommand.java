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
import org.opencrm.application.port.in.report.LoyaltyReport;
import org.opencrm.application.port.in.report.LoyaltyReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report loyalty}: Reinartz &amp; Kumar's true friends, butterflies, barnacles and strangers. */
@Command(name = "loyalty", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Classifies every customer who bought by the as-of date by loyalty (lifetime duration: from "
                + "the first purchase until P(alive) fell below --alive-cut, or until the as-of date) and "
                + "profitability (CLV), each split at the base's median: true friends, butterflies, barnacles, "
                + "strangers, with the strategy each calls for. Needs fits of the purchase model and gamma-gamma.")
public final class LoyaltyReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ValueOptions options;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "reinartz-kumar",
            description = "Loyalty model: reinartz-kumar (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--alive-cut", paramLabel = "P", defaultValue = "0.5",
            description = "P(alive) below which a lifetime has ended (default: ${DEFAULT-VALUE}, as in the paper).")
    double aliveCut;

    private final LoyaltyReportUseCase loyaltyReport;

    @Inject
    public LoyaltyReportCommand(LoyaltyReportUseCase loyaltyReport) {
        this.loyaltyReport = Objects.requireNonNull(loyaltyReport);
    }

    @Override
    public Integer call() {
        if (!model.equalsIgnoreCase("reinartz-kumar")) {
            throw new IllegalArgumentException("'--model' must be reinartz-kumar, got '" + model + "'");
        }
        LoyaltyReport r = loyaltyReport.report(new LoyaltyReportUseCase.Query(asOf.get(), options.assumptions(),
                aliveCut));
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, json(r));
            case CSV -> Renderer.csv(out, classes(r, true));
            case TABLE -> {
                out.printf(Locale.ROOT, "Loyalty (Reinartz & Kumar) as of %s: %d customers; loyal = lifetime over "
                                + "%s days (median), profitable = CLV over %s (median); lifetime ends when P(alive) < %s (%s)%n%n",
                        r.asOf(), r.customers(), Renderer.fixed(r.durationCutDays(), 1), Renderer.fixed(r.clvCut(), 2),
                        Renderer.fixed(r.aliveCut(), 2), r.purchaseModel().kind().code());
                Renderer.table(out, List.of(classes(r, false)));
            }
        }
        return ExitCodes.OK;
    }

    private static TableView classes(LoyaltyReport r, boolean forMachines) {
        return new TableView("Loyalty classes", List.of("class", "customers", "share", "mean_lifetime_days",
                "mean_p_alive", "mean_clv", "total_clv", "strategy"),
                r.classes().stream().map(c -> List.of(c.loyaltyClass().name().toLowerCase(Locale.ROOT),
                        Long.toString(c.customers()),
                        forMachines ? Renderer.fixed(c.share(), 4) : Renderer.fixed(100 * c.share(), 1) + "%",
                        Renderer.fixed(c.meanDurationDays(), 1), Renderer.fixed(c.meanProbabilityAlive(), 4),
                        Renderer.fixed(c.meanClv(), 2), Renderer.fixed(c.totalClv(), 2), c.strategy())).toList());
    }

    private static Map<String, Object> json(LoyaltyReport r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("asOf", r.asOf().toString());
        root.put("model", "reinartz-kumar");
        root.put("purchaseModel", r.purchaseModel().kind().code());
        root.put("aliveCut", r.aliveCut());
        root.put("customers", r.customers());
        root.put("lifetimeCutDays", r.durationCutDays());
        root.put("clvCut", r.clvCut());
        root.put("classes", r.classes().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("class", c.loyaltyClass().name());
            m.put("customers", c.customers());
            m.put("share", c.share());
            m.put("meanLifetimeDays", c.meanDurationDays());
            m.put("meanProbabilityAlive", c.meanProbabilityAlive());
            m.put("meanClv", c.meanClv());
            m.put("totalClv", c.totalClv());
            m.put("strategy", c.strategy());
            return m;
        }).toList());
        return root;
    }
}
