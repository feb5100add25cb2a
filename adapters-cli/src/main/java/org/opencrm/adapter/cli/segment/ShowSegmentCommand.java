package org.opencrm.adapter.cli.segment;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.segment.FindSegmentsUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm segments show}. */
@Command(name = "show", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Shows one segment's versions, oldest first, or one version with --version. Exit code 4 if "
                + "there is no such segment.")
public final class ShowSegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Option(names = "--version", paramLabel = "N", description = "Only this version.")
    Integer version;

    private final FindSegmentsUseCase find;

    @Inject
    public ShowSegmentCommand(FindSegmentsUseCase find) {
        this.find = Objects.requireNonNull(find);
    }

    @Override
    public Integer call() {
        // find refuses an unknown name or version (exit 4) before anything is printed.
        var one = find.find(name, Optional.ofNullable(version));
        SegmentView.print(spec.commandLine().getOut(), GlobalOptions.format(spec),
                version == null ? find.versions(name) : List.of(one));
        return ExitCodes.OK;
    }
}
