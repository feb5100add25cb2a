package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.complaint.ComplaintReport;
import org.opencrm.application.port.in.complaint.ComplaintReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm report complaints}. */
@Command(name = "complaints", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "The complaint book as of a date: cases opened by then, unresolved at its end, overdue (past the "
                + "deadline of the customer's relationship tier), resolved, the median resolution time in hours and "
                + "the share resolved within the deadline, in total and per tier and category. Without value fits "
                + "every customer is untiered and gets the untiered deadline.")
public final class ComplaintReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentOption segment;

    @Mixin
    CsvSection section;

    @Mixin
    AsOfOption asOf;

    private final ComplaintReportUseCase complaints;

    @Inject
    public ComplaintReportCommand(ComplaintReportUseCase complaints) {
        this.complaints = Objects.requireNonNull(complaints);
    }

    @Override
    public Integer call() {
        ComplaintReport r = complaints.report(asOf.get(), segment.get());
        PrintWriter out = spec.commandLine().getOut();
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(out, r);
            case CSV -> Renderer.reportCsv(out, r, section.name());
            case TABLE -> {
                ComplaintReport.ComplaintTotals t = r.total();
                out.printf(Locale.ROOT, "Complaints as of %s: %d opened, %d unresolved, %d overdue, %d resolved "
                        + "(median %s h, %s within the deadline)%n%n", r.asOf(), t.opened(), t.unresolved(),
                        t.overdue(), t.resolved(), hours(t), Renderer.share(t.resolvedWithinSla(), false));
                List<List<String>> rows = new ArrayList<>();
                for (ComplaintReport.ComplaintRow row : r.rows()) {
                    ComplaintReport.ComplaintTotals x = row.totals();
                    rows.add(List.of(row.tier(), row.category(), Long.toString(row.slaHours()), Long.toString(x.opened()),
                            Long.toString(x.unresolved()), Long.toString(x.overdue()), Long.toString(x.resolved()),
                            hours(x), Renderer.share(x.resolvedWithinSla(), false)));
                }
                Renderer.table(out, List.of(new TableView("By tier and category", List.of("tier", "category",
                        "sla_hours", "opened", "unresolved", "overdue", "resolved", "median_hours", "within_sla"), rows)));
            }
        }
        return ExitCodes.OK;
    }

    private static String hours(ComplaintReport.ComplaintTotals t) {
        return t.medianResolutionHours() == null ? "no data" : Renderer.fixed(t.medianResolutionHours(), 1);
    }
}
