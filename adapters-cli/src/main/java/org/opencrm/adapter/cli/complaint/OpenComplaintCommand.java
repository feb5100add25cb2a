package org.opencrm.adapter.cli.complaint;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.customer.CustomerKey;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.complaint.OpenComplaintUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.Severity;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm complaints open}. */
@Command(name = "open", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Opens a complaint case for a customer (named by id, --external-id or --email) and prints it. "
                + "--id is the idempotency key. Exit code 4 if there is no such customer.")
public final class OpenComplaintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    CustomerKey key;

    @Option(names = "--category", required = true, description = "What it is about: delivery, billing, quality, ...")
    String category;

    @Option(names = "--severity", defaultValue = "medium",
            description = "low, medium, high or critical (default: ${DEFAULT-VALUE}).")
    String severity;

    @Option(names = "--summary", required = true, description = "What the customer said.")
    String summary;

    @Option(names = "--at", paramLabel = "INSTANT", description = "When it was opened, ISO-8601 (default: now).")
    Instant at;

    @Option(names = "--id", paramLabel = "COMPLAINT_ID", description = "The case's id (default: a new one).")
    String id;

    private final FindCustomerUseCase findCustomer;
    private final OpenComplaintUseCase open;

    @Inject
    public OpenComplaintCommand(FindCustomerUseCase findCustomer, OpenComplaintUseCase open) {
        this.findCustomer = Objects.requireNonNull(findCustomer);
        this.open = Objects.requireNonNull(open);
    }

    @Override
    public Integer call() {
        OpenComplaintUseCase.Result r = open.open(new OpenComplaintUseCase.Command(
                Optional.ofNullable(id).map(ComplaintId::of), key.resolve(findCustomer).id(), Optional.ofNullable(at),
                category, Severity.ofCode(severity), summary));
        ComplaintView.printOne(spec.commandLine().getOut(), GlobalOptions.format(spec), r.complaint());
        return ExitCodes.OK;
    }
}
