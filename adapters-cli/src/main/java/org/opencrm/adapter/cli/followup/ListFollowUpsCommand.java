package org.opencrm.adapter.cli.followup;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.customer.CustomerKey;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.complaint.FindFollowUpsUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm followups list}. */
@Command(name = "list", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Lists follow-ups by due day, of one customer or of all. --overdue: still to do after their due "
                + "day, as of --as-of (default today).")
public final class ListFollowUpsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    CustomerKey key;

    @Option(names = "--open", description = "Only those still to do.")
    boolean open;

    @Option(names = "--overdue", description = "Only those still to do after their due day.")
    boolean overdue;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "The day overdue is judged on (default: today).")
    LocalDate asOf;

    private final FindCustomerUseCase findCustomer;
    private final FindFollowUpsUseCase find;

    @Inject
    public ListFollowUpsCommand(FindCustomerUseCase findCustomer, FindFollowUpsUseCase find) {
        this.findCustomer = Objects.requireNonNull(findCustomer);
        this.find = Objects.requireNonNull(find);
    }

    @Override
    public Integer call() {
        FollowUpView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), find.find(
                new FindFollowUpsUseCase.Query(Optional.ofNullable(key).map(k -> k.resolve(findCustomer).id()),
                        open || overdue, overdue, Optional.ofNullable(asOf))));
        return ExitCodes.OK;
    }
}
