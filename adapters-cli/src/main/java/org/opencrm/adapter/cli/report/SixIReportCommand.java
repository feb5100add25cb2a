package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
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
import org.opencrm.application.port.in.relationship.QualityReportUseCase;
import org.opencrm.application.port.in.relationship.SixIReport;
import org.opencrm.application.port.in.relationship.SixIReportUseCase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm report 6i}: the 6I scorecard. */
@Command(name = "6i", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "The 6I scorecard (seed 004) as of a date, of the portfolio or of one customer (id, "
                + "--external-id or --email): Information, Investment, Individuality, Interaction, Integration and "
                + "Intention, each 0-100 with what it means, how it is measured and the data behind the number; "
                + "\"no data\" where the inputs are missing.")
public final class SixIReportCommand implements Callable<Integer> {

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

    private final SixIReportUseCase scorecard;
    private final FindCustomerUseCase findCustomer;

    @Inject
    public SixIReportCommand(SixIReportUseCase scorecard, FindCustomerUseCase findCustomer) {
        this.scorecard = Objects.requireNonNull(scorecard);
        this.findCustomer = Objects.requireNonNull(findCustomer);
    }

    @Override
    public Integer call() {
        SixIReport r = scorecard.scorecard(new QualityReportUseCase.Query(asOf.get(),
                Optional.ofNullable(key).map(k -> k.resolve(findCustomer).id()), segment.get()));
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.reportCsv(out, r, section.name());
            case TABLE -> {
                out.printf(Locale.ROOT, "6I scorecard as of %s: %s%n%n", r.asOf(), r.customerId() == null
                        ? "the portfolio of " + r.customers() + " customers" : "customer " + r.customerId());
                Renderer.table(out, List.of(new TableView("Scorecard", List.of("I", "score", "data behind it",
                        "measured as"), r.scores().stream().map(s -> List.of(s.principle(),
                        QualityReportCommand.score(s.score()), s.basis(), s.measure())).toList())));
            }
        }
        return ExitCodes.OK;
    }
}
