package org.opencrm.adapter.cli.interaction;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.customer.CustomerKey;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.interaction.RecordInteractionUseCase;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.InteractionId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm interactions add}. */
@Command(name = "add", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Records one contact with a customer (named by id, --external-id or --email) and prints it. "
                + "--id is the idempotency key: the same contact sent again is not stored twice; other content "
                + "under a known id is refused (exit 5). --continues links the contact to an earlier one of the "
                + "same customer. Exit code 4 if there is no such customer.")
public final class AddInteractionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    CustomerKey key;

    @Option(names = "--channel", required = true, paramLabel = "CHANNEL",
            description = "phone, email, visit, chat, social or letter.")
    String channel;

    @Option(names = "--direction", required = true, paramLabel = "DIRECTION",
            description = "inbound (the customer reached out) or outbound.")
    String direction;

    @Option(names = "--type", required = true,
            description = "What kind of contact: inquiry, complaint, follow-up, survey, campaign-contact, feedback, ...")
    String type;

    @Option(names = "--summary", required = true, description = "What was said, in a paragraph.")
    String summary;

    @Option(names = "--outcome", description = "What came of it.")
    String outcome;

    @Option(names = "--at", paramLabel = "INSTANT", description = "When it happened, ISO-8601 (default: now).")
    Instant at;

    @Option(names = "--owner", description = "Who on the company's side owned the contact.")
    String owner;

    @Option(names = "--continues", paramLabel = "INTERACTION_ID", description = "The earlier contact this continues.")
    String continues;

    @Option(names = "--id", paramLabel = "INTERACTION_ID", description = "The contact's id (default: a new one).")
    String id;

    private final FindCustomerUseCase findCustomer;
    private final RecordInteractionUseCase record;

    @Inject
    public AddInteractionCommand(FindCustomerUseCase findCustomer, RecordInteractionUseCase record) {
        this.findCustomer = Objects.requireNonNull(findCustomer);
        this.record = Objects.requireNonNull(record);
    }

    @Override
    public Integer call() {
        RecordInteractionUseCase.Result result = record.record(new RecordInteractionUseCase.Command(
                Optional.ofNullable(id).map(InteractionId::of), key.resolve(findCustomer).id(),
                ContactChannel.ofCode(channel), Direction.ofCode(direction), type, summary,
                Optional.ofNullable(outcome), Optional.ofNullable(at), Optional.ofNullable(owner),
                Optional.ofNullable(continues).map(InteractionId::of)));
        InteractionView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), List.of(result.interaction()));
        if (!result.created() && !GlobalOptions.quiet(spec)) {
            spec.commandLine().getErr().println("crm: interaction " + result.interaction().id().value()
                    + " was recorded before; nothing stored");
        }
        return ExitCodes.OK;
    }
}
