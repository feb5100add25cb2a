package org.opencrm.adapter.cli.customer;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.customer.CustomerProfile;
import org.opencrm.application.port.in.customer.CustomerProfileUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.domain.customer.Customer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm customers show}: one customer on one screen. */
@Command(name = "show", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Shows one customer, found by id, external id or e-mail, and where they stand as of a date in "
                + "every report: lifecycle stage and since when, RFM scores and segment, P(alive) and churn status, "
                + "historical, current and potential value, value-grid tier, loyalty class and value-orientation type. "
                + "Each figure is the one the whole-base report gives for them; a part without data says why. "
                + "Exit code 4 if there is no such customer.")
public final class ShowCustomerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    CustomerKey key;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Date of the standing (default: today).")
    LocalDate asOf;

    private final FindCustomerUseCase findCustomer;
    private final CustomerProfileUseCase profiles;

    @Inject
    public ShowCustomerCommand(FindCustomerUseCase findCustomer, CustomerProfileUseCase profiles) {
        this.findCustomer = Objects.requireNonNull(findCustomer);
        this.profiles = Objects.requireNonNull(profiles);
    }

    @Override
    public Integer call() {
        Customer customer = key.resolve(findCustomer);
        CustomerProfile profile = profiles.profile(new CustomerProfileUseCase.Query(customer.id(),
                Optional.ofNullable(asOf)));
        CustomerView.printOne(spec.commandLine().getOut(), GlobalOptions.format(spec), profile);
        return ExitCodes.OK;
    }
}
