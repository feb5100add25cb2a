package org.opencrm.adapter.cli.segment;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.segment.SaveSegmentUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm segments save}. */
@Command(name = "save", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Saves EXPRESSION as segment NAME: a new name is version 1, a changed condition the next "
                + "version (earlier versions stay), the same condition again changes nothing. A condition that cannot "
                + "be read is refused with the column and what was expected there (exit 5).")
public final class SaveSegmentCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Lower-case letters, digits, '-' and '_'.")
    String name;

    @Parameters(index = "1", paramLabel = "EXPRESSION",
            description = "The condition, quoted, e.g. \"spend(90d) > 100 and stage = at_risk\".")
    String expression;

    private final SaveSegmentUseCase save;

    @Inject
    public SaveSegmentCommand(SaveSegmentUseCase save) {
        this.save = Objects.requireNonNull(save);
    }

    @Override
    public Integer call() {
        SaveSegmentUseCase.Result r = save.save(new SaveSegmentUseCase.Command(name, expression));
        if (GlobalOptions.format(spec) == org.opencrm.adapter.cli.render.OutputFormat.TABLE) {
            spec.commandLine().getErr().println(r.created() ? "saved " + r.segment().name() + " version "
                    + r.segment().version() : "unchanged: " + r.segment().name() + " version " + r.segment().version()
                    + " has this condition");
        }
        SegmentView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), List.of(r.segment()));
        return ExitCodes.OK;
    }
}
