package org.opencrm.adapter.cli.customer;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm customers show}. */
@Command(name = "show", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Shows one customer, found by id, external id or e-mail. Exit code 4 if there is none.")
public final class ShowCustomerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Key key;

    /** Exactly one way to name the customer. */
    static final class Key {
        @Parameters(paramLabel = "ID", description = "The customer's id.")
        String id;

        @Option(names = "--external-id", paramLabel = "SOURCE:ID", description = "The customer's id in a source system.")
        String externalId;

        @Option(names = "--email", description = "The customer's e-mail address.")
        String email;
    }

    private final FindCustomerUseCase findCustomer;

    @Inject
    public ShowCustomerCommand(FindCustomerUseCase findCustomer) {
        this.findCustomer = Objects.requireNonNull(findCustomer);
    }

    @Override
    public Integer call() {
        Customer customer;
        if (key.id != null) {
            customer = findCustomer.byId(CustomerId.of(key.id)).orElseThrow(() -> new CustomerNotFoundException(key.id));
        } else if (key.externalId != null) {
            customer = findCustomer.byExternalId(AddCustomerCommand.externalId(key.externalId))
                    .orElseThrow(() -> new CustomerNotFoundException(key.externalId));
        } else {
            customer = findCustomer.byEmail(key.email).orElseThrow(() -> new CustomerNotFoundException(key.email));
        }
        CustomerView.printOne(spec.commandLine().getOut(), GlobalOptions.format(spec), customer);
        return ExitCodes.OK;
    }
}
