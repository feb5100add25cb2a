package org.opencrm.adapter.cli.complaint;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.customer.CustomerKey;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.complaint.FindComplaintsUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm complaints list}. */
@Command(name = "list", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Lists the cases opened by the as-of date, oldest first, of one customer or of all, with the "
                + "deadline of the customer's tier and whether the case was overdue at the end of that day "
                + "(unresolved past its deadline).")
public final class ListComplaintsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    CustomerKey key;

    @Option(names = "--open", description = "Only cases unresolved at the as-of date.")
    boolean open;

    @Option(names = "--overdue", description = "Only cases past their deadline at the as-of date.")
    boolean overdue;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Date of the standing (default: today).")
    LocalDate asOf;

    private final FindCustomerUseCase findCustomer;
    private final FindComplaintsUseCase find;

    @Inject
    public ListComplaintsCommand(FindCustomerUseCase findCustomer, FindComplaintsUseCase find) {
        this.findCustomer = Objects.requireNonNull(findCustomer);
        this.find = Objects.requireNonNull(find);
    }

    @Override
    public Integer call() {
        ComplaintView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), find.find(
                new FindComplaintsUseCase.Query(Optional.ofNullable(key).map(k -> k.resolve(findCustomer).id()), open,
                        overdue, Optional.ofNullable(asOf))));
        return ExitCodes.OK;
    }
}
