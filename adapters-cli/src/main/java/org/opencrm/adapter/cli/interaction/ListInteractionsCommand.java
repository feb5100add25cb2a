package org.opencrm.adapter.cli.interaction;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.customer.CustomerKey;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.interaction.FindInteractionsUseCase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm interactions list}. */
@Command(name = "list", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Lists one customer's contacts, oldest first. --format csv writes the columns of `crm "
                + "interactions import`. Exit code 4 if there is no such customer.")
public final class ListInteractionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    CustomerKey key;

    private final FindCustomerUseCase findCustomer;
    private final FindInteractionsUseCase find;

    @Inject
    public ListInteractionsCommand(FindCustomerUseCase findCustomer, FindInteractionsUseCase find) {
        this.findCustomer = Objects.requireNonNull(findCustomer);
        this.find = Objects.requireNonNull(find);
    }

    @Override
    public Integer call() {
        InteractionView.print(spec.commandLine().getOut(), GlobalOptions.format(spec),
                find.ofCustomer(key.resolve(findCustomer).id()));
        return ExitCodes.OK;
    }
}
