package org.opencrm.adapter.cli.access;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.access.RevokeApiKeyUseCase;
import org.opencrm.domain.access.ApiKeyId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm apikey revoke ID}. */
@Command(name = "revoke", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Revokes an API key for good: requests with it get 401 (a running server notices within 5 s). "
                + "Exit 4 when there is no such key.")
public final class RevokeApiKeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The key's id, as 'crm apikey list' shows it.")
    String id;

    private final RevokeApiKeyUseCase revoke;

    @Inject
    public RevokeApiKeyCommand(RevokeApiKeyUseCase revoke) {
        this.revoke = Objects.requireNonNull(revoke);
    }

    @Override
    public Integer call() {
        ApiKeyView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), List.of(revoke.revoke(ApiKeyId.of(id))),
                Optional.empty());
        return ExitCodes.OK;
    }
}
