package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.customer.AddCustomerCommand;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.value.TierHistory;
import org.opencrm.application.port.in.value.TierReport;
import org.opencrm.application.port.in.value.TierReportUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.formats.TierHistoryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report tiers}: tier upgrades and downgrades between two dates, or one customer's tier history. */
@Command(name = "tiers", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Places every customer in a relationship tier at --from and at --to (value grid cut at each "
                + "date's terciles) and shows the tier sizes, the moves between tiers, and the upgrades and "
                + "downgrades. With --customer or --external-id: that customer's tier at --from, every --every "
                + "months, and at --to. Needs fits of the purchase model and gamma-gamma (exit 4 otherwise).")
public final class TierReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentOption segment;

    @Mixin
    CsvSection section;

    @Mixin
    ValueOptions options;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", required = true, description = "First date.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", required = true, description = "Second date, after --from.")
    LocalDate to;

    @Option(names = "--customer", paramLabel = "ID", description = "Show this customer's tier history instead.")
    String customer;

    @Option(names = "--external-id", paramLabel = "SOURCE:ID", description = "Same, naming the customer by external id.")
    String externalId;

    @Option(names = "--every", paramLabel = "MONTHS", defaultValue = "3",
            description = "Months between the dates of a tier history (default: ${DEFAULT-VALUE}).")
    int everyMonths;

    private final TierReportUseCase tierReport;
    private final FindCustomerUseCase findCustomer;

    @Inject
    public TierReportCommand(TierReportUseCase tierReport, FindCustomerUseCase findCustomer) {
        this.tierReport = Objects.requireNonNull(tierReport);
        this.findCustomer = Objects.requireNonNull(findCustomer);
    }

    @Override
    public Integer call() {
        TierReportUseCase.Query query = new TierReportUseCase.Query(from, to, options.assumptions(), segment.get());
        PrintWriter out = spec.commandLine().getOut();
        if (customer != null || externalId != null) {
            TierHistory h = tierReport.history(customerId(), query, everyMonths);
            switch (GlobalOptions.format(spec)) {
                case JSON -> Renderer.json(out, TierHistoryJson.of(h));
                case CSV -> Renderer.reportCsv(out, TierHistoryJson.of(h), section.name());
                case TABLE -> Renderer.table(out, List.of(historyTable(h)));
            }
            return ExitCodes.OK;
        }
        TierReport r = tierReport.movements(query);
        Renderer.warnings(spec.commandLine().getErr(), r.warnings());
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.reportCsv(out, r, section.name());
            case TABLE -> {
                out.printf(Locale.ROOT, "Tiers from %s to %s: %d upgrades, %d downgrades, %d unchanged, "
                                + "%d customers new since %s%nValued at %s by P(alive) of %s; at %s by %s%n%n", r.from(),
                        r.to(), r.movements().upgrades(), r.movements().downgrades(), r.movements().unchanged(),
                        r.entered(), r.from(), r.from(), Renderer.fit(r.purchaseModelFrom()), r.to(),
                        Renderer.fit(r.purchaseModelTo()));
                Renderer.table(out, List.of(sizes(r), moves(r, false)));
            }
        }
        return ExitCodes.OK;
    }

    private CustomerId customerId() {
        if (customer != null && externalId != null) {
            throw new IllegalArgumentException("give --customer or --external-id, not both");
        }
        if (customer != null) {
            return findCustomer.byId(CustomerId.of(customer)).orElseThrow(() -> new CustomerNotFoundException(customer))
                    .id();
        }
        return findCustomer.byExternalId(AddCustomerCommand.externalId(externalId))
                .orElseThrow(() -> new CustomerNotFoundException(externalId)).id();
    }

    private static String name(RelationshipTier t) {
        return t.name();
    }

    private static TableView sizes(TierReport r) {
        List<List<String>> rows = new ArrayList<>();
        for (RelationshipTier t : RelationshipTier.values()) {
            long a = r.sizesFrom().get(t);
            long b = r.sizesTo().get(t);
            rows.add(List.of(name(t), Long.toString(a), Long.toString(b), (b >= a ? "+" : "") + (b - a)));
        }
        return new TableView("Customers per tier", List.of("tier", r.from().toString(), r.to().toString(), "change"), rows);
    }

    private static TableView moves(TierReport r, boolean longForm) {
        List<List<String>> rows = new ArrayList<>();
        for (RelationshipTier was : RelationshipTier.values()) {
            Map<RelationshipTier, Long> to = r.movements().moves().getOrDefault(was, Map.of());
            if (longForm) {
                for (RelationshipTier now : RelationshipTier.values()) {
                    rows.add(List.of(name(was), name(now), Long.toString(to.getOrDefault(now, 0L)),
                            now == was ? "unchanged" : now.isUpgradeFrom(was) ? "upgrade" : "downgrade"));
                }
            } else {
                List<String> row = new ArrayList<>();
                row.add(name(was));
                for (RelationshipTier now : RelationshipTier.values()) {
                    row.add(Long.toString(to.getOrDefault(now, 0L)));
                }
                rows.add(row);
            }
        }
        if (longForm) {
            return new TableView("Tier moves", List.of("from_tier", "to_tier", "customers", "move"), rows);
        }
        List<String> columns = new ArrayList<>();
        columns.add("from \\ to");
        for (RelationshipTier t : RelationshipTier.values()) {
            columns.add(name(t));
        }
        return new TableView("Moves of the customers present at both dates", columns, rows);
    }

    private static TableView historyTable(TierHistory h) {
        List<List<String>> rows = new ArrayList<>();
        String currency = h.steps().stream().flatMap(s -> s.value().stream())
                .map(v -> v.clv().currency().getCurrencyCode()).findFirst().orElse("");
        for (TierHistory.Step s : h.steps()) {
            rows.add(List.of(s.date().toString(), s.tier().map(TierReportCommand::name).orElse("-"),
                    s.cell().map(c -> c.historical().name()).orElse("-"),
                    s.cell().map(c -> c.potential().name()).orElse("-"),
                    s.value().map(v -> Renderer.amount(v.historicalValue())).orElse("-"),
                    s.value().map(v -> Renderer.amount(v.clv())).orElse("-"),
                    s.value().map(v -> Renderer.fixed(v.probabilityAlive(), 4)).orElse("-"),
                    s.purchaseModel().map(m -> m.kind().code() + " to " + m.calibrationEnd()).orElse("no fit by then")));
        }
        return new TableView("Tier history of customer " + h.customerId().value(),
                List.of("date", "tier", "historical_tercile", "potential_tercile", "historical_value_" + currency,
                        "clv_" + currency, "p_alive", "fit"), rows);
    }
}
