package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.acquisition.AcquisitionReportUseCase;
import org.opencrm.formats.AcquisitionReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report acquisition}. */
@Command(name = "acquisition", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Acquisition economics by acquisition source as of a date: customers registered by then, "
                + "prospects (no purchase yet) and converted customers, the conversion rate, the median days from "
                + "registering to the first purchase, the recorded acquisition cost and the cost per converted "
                + "customer (CAC), the converted customers' mean CLV and CLV:CAC (CLV needs value fits); and the same "
                + "per campaign started by then, for its members who had not bought before the start, contacted "
                + "(carrying the campaign's cost) and held out (what would have happened anyway).")
public final class AcquisitionReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentOption segment;

    @Mixin
    AsOfOption asOf;

    @Option(names = "--section", paramLabel = "sources|campaigns",
            description = "What --format csv writes: the rows by source (default) or by campaign.")
    String section;

    private final AcquisitionReportUseCase reports;

    @Inject
    public AcquisitionReportCommand(AcquisitionReportUseCase reports) {
        this.reports = Objects.requireNonNull(reports);
    }

    @Override
    public Integer call() {
        if (section != null && !List.of("sources", "campaigns").contains(section)) {
            throw new IllegalArgumentException("'section' must be one of [sources, campaigns], got '" + section + "'");
        }
        AcquisitionReportJson r = AcquisitionReportJson.of(reports.report(asOf.get(), segment.get()));
        PrintWriter out = spec.commandLine().getOut();
        TableView table = table("By acquisition source", "source", r.sources());
        TableView byCampaign = table("By campaign (members who had not bought before the start)", "campaign",
                r.campaigns());
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.csv(out, "campaigns".equals(section) ? byCampaign : table);
            case TABLE -> {
                out.printf("Acquisition economics as of %s (money in %s)%n%n", r.asOf(), r.currency());
                Renderer.table(out, r.campaigns().isEmpty() ? List.of(table) : List.of(table, byCampaign));
                r.notes().forEach(n -> out.println("note: " + n));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private static TableView table(String title, String first, List<AcquisitionReportJson.Source> rows) {
        return new TableView(title, List.of(first, "customers", "prospects", "converted", "conversion_rate",
                "median_days_to_convert", "acquisition_cost", "cost_per_converted", "mean_clv", "clv_to_cac"),
                rows.stream().map(s -> List.of(s.source(), Long.toString(s.customers()), Long.toString(s.prospects()),
                        Long.toString(s.converted()), Renderer.fixed(s.conversionRate(), 4),
                        s.medianDaysToConvert() == null ? "" : Renderer.fixed(s.medianDaysToConvert(), 1),
                        s.acquisitionCost() == null ? "" : s.acquisitionCost().toString(),
                        s.costPerConverted() == null ? "" : s.costPerConverted().toString(),
                        s.meanClv() == null ? "" : Renderer.fixed(s.meanClv(), 2),
                        s.clvToCac() == null ? "" : Renderer.fixed(s.clvToCac(), 2))).toList());
    }
}
