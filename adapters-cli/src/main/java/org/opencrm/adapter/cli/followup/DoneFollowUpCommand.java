package org.opencrm.adapter.cli.followup;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.complaint.CompleteFollowUpUseCase;
import org.opencrm.domain.complaint.FollowUpId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm followups done}. */
@Command(name = "done", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Marks a follow-up done; done twice is refused (exit 5). Exit code 4 if there is no such follow-up.")
public final class DoneFollowUpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FOLLOW_UP_ID", description = "The follow-up.")
    String id;

    @Option(names = "--at", paramLabel = "INSTANT", description = "When it was done, ISO-8601 (default: now).")
    Instant at;

    private final CompleteFollowUpUseCase complete;

    @Inject
    public DoneFollowUpCommand(CompleteFollowUpUseCase complete) {
        this.complete = Objects.requireNonNull(complete);
    }

    @Override
    public Integer call() {
        FollowUpView.print(spec.commandLine().getOut(), GlobalOptions.format(spec),
                List.of(complete.complete(FollowUpId.of(id), Optional.ofNullable(at))));
        return ExitCodes.OK;
    }
}
