package org.opencrm.adapter.cli.report;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm report lifecycle}: customers, revenue, transitions and conversion per lifecycle stage and phase. */
@Command(name = "lifecycle", mixinStandardHelpOptions = true,
        description = "Customers and revenue per management phase and lifecycle stage as of a date, the stage "
                + "transitions during the period before it, and the conversion from each customer's stage at the "
                + "period's start to their stage at its end.%nStages: prospect (selection), new (acquisition), "
                + "active, at_risk, won_back (retention), expanding (expansion), lapsed (exit).",
        footer = ExitCodes.HELP)
public final class LifecycleReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SegmentOption segment;

    @Mixin
    CsvSection section;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Report date (default: today, UTC).")
    LocalDate asOf;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD",
            description = "Period start, exclusive (default: 12 months before the as-of date).")
    LocalDate from;


    private final LifecycleReportUseCase lifecycleReport;

    @Inject
    public LifecycleReportCommand(LifecycleReportUseCase lifecycleReport) {
        this.lifecycleReport = Objects.requireNonNull(lifecycleReport);
    }

    @Override
    public Integer call() {
        LifecycleReport report = lifecycleReport.report(
                new LifecycleReportUseCase.Query(Optional.ofNullable(asOf), Optional.ofNullable(from),
                        segment.get()));
        Renderer.warnings(spec.commandLine().getErr(), report.warnings());
        LifecycleReportView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), report, section.name());
        return ExitCodes.OK;
    }
}
