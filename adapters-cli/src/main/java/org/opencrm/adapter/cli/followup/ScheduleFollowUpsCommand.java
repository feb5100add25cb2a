package org.opencrm.adapter.cli.followup;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.complaint.ScheduleFirstPurchaseFollowUpsUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm followups schedule}. */
@Command(name = "schedule", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Schedules the revisit after each first purchase in the --within-days up to --as-of, due the "
                + "customer's tier's cadence after that purchase (risk-tier customers get none). Safe to run daily: a "
                + "customer's first-purchase follow-up is never scheduled twice.")
public final class ScheduleFollowUpsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Last day of first purchases (default: today).")
    LocalDate asOf;

    @Option(names = "--within-days", paramLabel = "DAYS", defaultValue = "30",
            description = "How far back first purchases count (default: ${DEFAULT-VALUE}).")
    int withinDays;

    private final ScheduleFirstPurchaseFollowUpsUseCase schedule;

    @Inject
    public ScheduleFollowUpsCommand(ScheduleFirstPurchaseFollowUpsUseCase schedule) {
        this.schedule = Objects.requireNonNull(schedule);
    }

    @Override
    public Integer call() {
        ScheduleFirstPurchaseFollowUpsUseCase.Result r = schedule.schedule(Optional.ofNullable(asOf), withinDays);
        switch (GlobalOptions.format(spec)) {
            case JSON -> Renderer.json(spec.commandLine().getOut(), r);
            case CSV, TABLE -> spec.commandLine().getOut().printf(Locale.ROOT, "scheduled %d, scheduled before %d, "
                    + "without a cadence (risk tier) %d%n", r.scheduled(), r.existing(), r.withoutCadence());
        }
        return ExitCodes.OK;
    }
}
