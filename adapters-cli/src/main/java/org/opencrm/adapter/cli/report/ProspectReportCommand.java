package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.acquisition.ProspectReportUseCase;
import org.opencrm.formats.ProspectReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report prospects}. */
@Command(name = "prospects", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Prospects (customers without a purchase by the date) ranked by how much they look like the "
                + "strategic and major customers then: each profile feature (the acquisition source, each attribute "
                + "value) weighs the log of how much more often it occurs among those customers than among the other "
                + "buyers (add-one smoothed); a prospect's score is the sum, and the weightiest features are printed "
                + "as its reasons. Needs value fits calibrated by the date (exit 5 otherwise).")
public final class ProspectReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentOption segment;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N",
            description = "How many prospects to list (default: ${DEFAULT-VALUE}).")
    int top;

    private final ProspectReportUseCase reports;

    @Inject
    public ProspectReportCommand(ProspectReportUseCase reports) {
        this.reports = Objects.requireNonNull(reports);
    }

    @Override
    public Integer call() {
        ProspectReportJson r = ProspectReportJson.of(reports.report(asOf.get(), top, segment.get()));
        PrintWriter out = spec.commandLine().getOut();
        TableView table = new TableView("Prospects", List.of("customer_id", "name", "score", "reasons"),
                r.top().stream().map(p -> List.of(p.customerId(), p.name(), Renderer.fixed(p.score(), 3),
                        p.reasons().stream().map(x -> x.feature() + " (" + Renderer.fixed(x.weight(), 2) + ")")
                                .collect(Collectors.joining("; ")))).toList());
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.csv(out, table);
            case TABLE -> {
                out.printf("Prospects as of %s: %d, scored against %d strategic and major and %d other buyers%n%n",
                        r.asOf(), r.prospects(), r.bestCustomers(), r.otherCustomers());
                Renderer.table(out, List.of(table));
            }
        }
        return ExitCodes.OK;
    }
}
