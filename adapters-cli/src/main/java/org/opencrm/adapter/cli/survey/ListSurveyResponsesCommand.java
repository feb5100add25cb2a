package org.opencrm.adapter.cli.survey;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.customer.CustomerKey;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.survey.FindSurveyResponsesUseCase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm surveys list}. */
@Command(name = "list", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Lists one customer's survey responses, oldest first; --format csv writes the columns of "
                + "`crm surveys import`. Exit code 4 if there is no such customer.")
public final class ListSurveyResponsesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    CustomerKey key;

    private final FindCustomerUseCase findCustomer;
    private final FindSurveyResponsesUseCase find;

    @Inject
    public ListSurveyResponsesCommand(FindCustomerUseCase findCustomer, FindSurveyResponsesUseCase find) {
        this.findCustomer = Objects.requireNonNull(findCustomer);
        this.find = Objects.requireNonNull(find);
    }

    @Override
    public Integer call() {
        SurveyView.print(spec.commandLine().getOut(), GlobalOptions.format(spec),
                find.ofCustomer(key.resolve(findCustomer).id()));
        return ExitCodes.OK;
    }
}
