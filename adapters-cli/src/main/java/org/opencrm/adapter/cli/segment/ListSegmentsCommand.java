package org.opencrm.adapter.cli.segment;

import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.segment.FindSegmentsUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code crm segments list}. */
@Command(name = "list", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Lists the latest version of every saved segment, by name.")
public final class ListSegmentsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final FindSegmentsUseCase find;

    @Inject
    public ListSegmentsCommand(FindSegmentsUseCase find) {
        this.find = Objects.requireNonNull(find);
    }

    @Override
    public Integer call() {
        SegmentView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), find.latest());
        return ExitCodes.OK;
    }
}
