package org.opencrm.adapter.cli.model;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.model.FindModelUseCase;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm model show}. */
@Command(name = "show", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Shows the latest stored fit of each model (or of --model), or every fit with --history.")
public final class ShowModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", description = "bgnbd, mbgnbd, pareto-nbd or gamma-gamma.")
    String model;

    @Option(names = "--history", description = "Every fit, newest first, not only the latest.")
    boolean history;

    private final FindModelUseCase findModel;

    @Inject
    public ShowModelCommand(FindModelUseCase findModel) {
        this.findModel = Objects.requireNonNull(findModel);
    }

    @Override
    public Integer call() {
        List<ModelKind> kinds = model == null ? List.of(ModelKind.values()) : List.of(ModelKind.ofCode(model));
        List<FittedModel> shown = new ArrayList<>();
        for (ModelKind kind : kinds) {
            if (history) {
                shown.addAll(findModel.history(kind));
            } else {
                findModel.latest(kind).ifPresent(shown::add);
            }
        }
        if (shown.isEmpty()) {
            spec.commandLine().getErr().println("crm: no fitted model yet; run 'crm model fit --calibration-end DATE'");
            return ExitCodes.NOT_FOUND;
        }
        ModelView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), shown);
        return ExitCodes.OK;
    }
}
