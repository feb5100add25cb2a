package org.opencrm.adapter.cli.followup;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.customer.CustomerKey;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.complaint.ScheduleFollowUpUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.domain.complaint.FollowUpId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm followups add}. */
@Command(name = "add", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Schedules a revisit of a customer (named by id, --external-id or --email). --id is the "
                + "idempotency key. Exit code 4 if there is no such customer.")
public final class AddFollowUpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    CustomerKey key;

    @Option(names = "--due", required = true, paramLabel = "YYYY-MM-DD", description = "The day it is due.")
    LocalDate due;

    @Option(names = "--reason", required = true, description = "Why: a renewal talk, a birthday call, ...")
    String reason;

    @Option(names = "--owner", description = "Who will do it.")
    String owner;

    @Option(names = "--id", paramLabel = "FOLLOW_UP_ID", description = "The follow-up's id (default: a new one).")
    String id;

    private final FindCustomerUseCase findCustomer;
    private final ScheduleFollowUpUseCase schedule;

    @Inject
    public AddFollowUpCommand(FindCustomerUseCase findCustomer, ScheduleFollowUpUseCase schedule) {
        this.findCustomer = Objects.requireNonNull(findCustomer);
        this.schedule = Objects.requireNonNull(schedule);
    }

    @Override
    public Integer call() {
        ScheduleFollowUpUseCase.Result r = schedule.schedule(new ScheduleFollowUpUseCase.Command(
                Optional.ofNullable(id).map(FollowUpId::of), key.resolve(findCustomer).id(), due,
                Optional.ofNullable(owner), reason));
        FollowUpView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), List.of(r.followUp()));
        return ExitCodes.OK;
    }
}
