package org.opencrm.adapter.cli.survey;

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
import org.opencrm.application.port.in.survey.RecordSurveyResponseUseCase;
import org.opencrm.domain.survey.SurveyResponseId;
import org.opencrm.formats.SurveyResponseJson;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm surveys add}. */
@Command(name = "add", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Records one customer's survey answers (the customer named by id, --external-id or --email); "
                + "give at least one answer. Each answer is checked against its scale (exit 5 naming it). --id is the "
                + "idempotency key. Exit code 4 if there is no such customer.")
public final class AddSurveyResponseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    CustomerKey key;

    @Option(names = "--satisfaction", paramLabel = "1..5", description = "Overall satisfaction.")
    Integer satisfaction;

    @Option(names = "--recommend", paramLabel = "0..10", description = "Likelihood to recommend (the NPS question).")
    Integer recommend;

    @Option(names = "--repurchase", paramLabel = "1..5", description = "Intention to buy again.")
    Integer repurchase;

    @Option(names = "--trust", paramLabel = "1..5", description = "Trust in the company.")
    Integer trust;

    @Option(names = "--commitment", paramLabel = "1..5", description = "Commitment, sense of belonging.")
    Integer commitment;

    @Option(names = "--involvement", paramLabel = "1..5", description = "Involvement with the category (Knox).")
    Integer involvement;

    @Option(names = "--other-providers", paramLabel = "N", description = "Other providers also bought from (Knox).")
    Integer otherProviders;

    @Option(names = "--at", paramLabel = "INSTANT", description = "When it was answered, ISO-8601 (default: now).")
    Instant at;

    @Option(names = "--id", paramLabel = "RESPONSE_ID", description = "The response's id (default: a new one).")
    String id;

    private final FindCustomerUseCase findCustomer;
    private final RecordSurveyResponseUseCase record;

    @Inject
    public AddSurveyResponseCommand(FindCustomerUseCase findCustomer, RecordSurveyResponseUseCase record) {
        this.findCustomer = Objects.requireNonNull(findCustomer);
        this.record = Objects.requireNonNull(record);
    }

    @Override
    public Integer call() {
        RecordSurveyResponseUseCase.Result result = record.record(new RecordSurveyResponseUseCase.Command(
                Optional.ofNullable(id).map(SurveyResponseId::of), key.resolve(findCustomer).id(),
                Optional.ofNullable(at), SurveyResponseJson.answers(satisfaction, recommend, repurchase, trust,
                commitment, involvement, otherProviders)));
        SurveyView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), List.of(result.response()));
        if (!result.created() && !GlobalOptions.quiet(spec)) {
            spec.commandLine().getErr().println("crm: survey response " + result.response().id().value()
                    + " was recorded before; nothing stored");
        }
        return ExitCodes.OK;
    }
}
