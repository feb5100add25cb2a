package org.opencrm.adapter.cli.complaint;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.complaint.UpdateComplaintUseCase;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.ComplaintStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm complaints update}. */
@Command(name = "update", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Moves a case to --status: in-progress, resolved (needs --resolution), closed, or open "
                + "(reopen a resolved or closed case). Any other move is refused (exit 5) and nothing is written. "
                + "Resolving schedules a follow-up by the customer's tier's cadence. Exit code 4 if there is no such case.")
public final class UpdateComplaintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMPLAINT_ID", description = "The case.")
    String id;

    @Option(names = "--status", required = true, description = "open, in-progress, resolved or closed.")
    String status;

    @Option(names = "--resolution", description = "How it was resolved (required to resolve).")
    String resolution;

    @Option(names = "--at", paramLabel = "INSTANT", description = "When, ISO-8601 (default: now).")
    Instant at;

    private final UpdateComplaintUseCase update;

    @Inject
    public UpdateComplaintCommand(UpdateComplaintUseCase update) {
        this.update = Objects.requireNonNull(update);
    }

    @Override
    public Integer call() {
        UpdateComplaintUseCase.Result r = update.update(new UpdateComplaintUseCase.Command(ComplaintId.of(id),
                ComplaintStatus.ofCode(status), Optional.ofNullable(at), Optional.ofNullable(resolution)));
        ComplaintView.printOne(spec.commandLine().getOut(), GlobalOptions.format(spec), r.complaint());
        if (!GlobalOptions.quiet(spec)) {
            r.followUp().ifPresent(f -> spec.commandLine().getErr().println("crm: follow-up " + f.id().value()
                    + " scheduled for " + f.dueOn()));
        }
        return ExitCodes.OK;
    }
}
