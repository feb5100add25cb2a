package org.opencrm.adapter.cli.customer;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.application.port.in.customer.ListCustomersUseCase;
import org.opencrm.domain.customer.Customer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code crm customers list}. */
@Command(name = "list", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Lists customers in id order, one page at a time. The last line (or next_cursor in JSON) gives "
                + "the cursor of the next page.")
public final class ListCustomersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--limit", defaultValue = "50", description = "Customers per page, 1..1000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--after", paramLabel = "CURSOR", description = "Start after this cursor (a customer id).")
    String after;

    private final ListCustomersUseCase listCustomers;

    @Inject
    public ListCustomersCommand(ListCustomersUseCase listCustomers) {
        this.listCustomers = Objects.requireNonNull(listCustomers);
    }

    @Override
    public Integer call() {
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1.." + PageRequest.MAX_LIMIT + ", got " + limit);
        }
        Page<Customer> page = listCustomers.list(new PageRequest(Optional.ofNullable(after), limit));
        CustomerView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), page.items(), page.nextCursor());
        return ExitCodes.OK;
    }
}
