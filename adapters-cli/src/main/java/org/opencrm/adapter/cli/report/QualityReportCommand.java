package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.customer.CustomerKey;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.relationship.QualityReport;
import org.opencrm.application.port.in.relationship.QualityReportUseCase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm report quality}: the relationship quality index. */
@Command(name = "quality", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "The relationship quality index (0-100) as of a date: the mean of trust, satisfaction and "
                + "commitment (each customer's latest survey answers, 1-5 put on 0-100) and commercial friendship "
                + "(the year's contacts: frequency, both ways or one, share not complaints), over the components "
                + "with data. For the base, per relationship tier and per lifecycle stage; with a customer (id, "
                + "--external-id or --email), theirs and the data behind it. \"no data\" where nothing is known.")
public final class QualityReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentOption segment;

    @ArgGroup(exclusive = true)
    CustomerKey key;

    @Mixin
    CsvSection section;

    @Mixin
    AsOfOption asOf;

    private final QualityReportUseCase quality;
    private final FindCustomerUseCase findCustomer;

    @Inject
    public QualityReportCommand(QualityReportUseCase quality, FindCustomerUseCase findCustomer) {
        this.quality = Objects.requireNonNull(quality);
        this.findCustomer = Objects.requireNonNull(findCustomer);
    }

    @Override
    public Integer call() {
        QualityReport r = quality.report(new QualityReportUseCase.Query(asOf.get(),
                Optional.ofNullable(key).map(k -> k.resolve(findCustomer).id()), segment.get()));
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.reportCsv(out, r, section.name());
            case TABLE -> {
                out.printf(Locale.ROOT, "Relationship quality as of %s: %d customers, %d with an index%n%n", r.asOf(),
                        r.customers(), r.withIndex());
                List<TableView> tables = new ArrayList<>();
                if (r.customer() != null) {
                    QualityReport.CustomerQualityRow c = r.customer();
                    tables.add(components("Customer " + c.customerId() + " (" + c.tier() + ", " + c.stage() + "; "
                            + c.contactsInYear() + " contacts in the year; latest survey: "
                            + (c.latestSurvey() == null ? "none" : c.latestSurvey()) + ")", c.quality()));
                }
                tables.add(components("The base (means)", r.mean()));
                tables.add(groups("By tier", r.byTier()));
                tables.add(groups("By lifecycle stage", r.byStage()));
                Renderer.table(out, tables);
            }
        }
        return ExitCodes.OK;
    }

    private static TableView components(String title, QualityReport.QualityComponents c) {
        return new TableView(title, List.of("component", "score"), List.of(List.of("trust", score(c.trust())),
                List.of("satisfaction", score(c.satisfaction())), List.of("commitment", score(c.commitment())),
                List.of("commercial friendship", score(c.commercialFriendship())), List.of("index", score(c.index()))));
    }

    private static TableView groups(String title, List<QualityReport.QualityGroupRow> rows) {
        return new TableView(title, List.of("group", "customers", "with_index", "mean_index"), rows.stream()
                .map(g -> List.of(g.group(), Long.toString(g.customers()), Long.toString(g.withIndex()),
                        score(g.meanIndex()))).toList());
    }

    static String score(Double value) {
        return value == null ? "no data" : Renderer.fixed(value, 1);
    }
}
