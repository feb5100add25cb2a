package org.opencrm.adapter.cli.access;

import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.access.CreateApiKeyUseCase;
import org.opencrm.domain.access.ApiScope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm apikey create NAME}. */
@Command(name = "create", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Creates an API key and prints its token once (store it in the client's secret store).")
public final class CreateApiKeyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME", description = "Who or what the key is for, e.g. \"shop sync\".")
    String name;

    @Option(names = "--scope", paramLabel = "SCOPE", split = ",", defaultValue = "read",
            description = "read, write, or read,write (default: ${DEFAULT-VALUE}). read: GET requests; "
                    + "write: POST, PATCH and imports.")
    List<String> scopes;

    private final CreateApiKeyUseCase create;

    @Inject
    public CreateApiKeyCommand(CreateApiKeyUseCase create) {
        this.create = Objects.requireNonNull(create);
    }

    @Override
    public Integer call() {
        Set<ApiScope> wanted = EnumSet.noneOf(ApiScope.class);
        scopes.forEach(s -> wanted.add(ApiScope.ofCode(s)));
        CreateApiKeyUseCase.IssuedApiKey issued = create.create(new CreateApiKeyUseCase.Command(name, wanted));
        ApiKeyView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), List.of(issued.key()),
                Optional.of(issued.token().text()));
        return ExitCodes.OK;
    }
}
