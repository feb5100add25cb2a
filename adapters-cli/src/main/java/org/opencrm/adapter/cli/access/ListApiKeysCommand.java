package org.opencrm.adapter.cli.access;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.access.ListApiKeysUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm apikey list}. */
@Command(name = "list", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Lists every API key, revoked ones included, oldest first (never the secrets).")
public final class ListApiKeysCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final ListApiKeysUseCase list;

    @Inject
    public ListApiKeysCommand(ListApiKeysUseCase list) {
        this.list = Objects.requireNonNull(list);
    }

    @Override
    public Integer call() {
        ApiKeyView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), list.list(), Optional.empty());
        return ExitCodes.OK;
    }
}
