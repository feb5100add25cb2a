package org.opencrm.adapter.cli.model;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.model.FitModelUseCase;
import org.opencrm.application.port.in.value.ChurnPolicy;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm model fit}. */
@Command(name = "fit", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Fits a model by maximum likelihood on every customer's (x, t_x, T) up to the calibration "
                + "end (same-day purchases merged, the first purchase not counted), stores the fit, and prints its "
                + "parameters, log-likelihood, evaluations and time. gamma-gamma refuses data whose frequency and "
                + "spend are correlated (|r| > 0.3).")
public final class FitModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "bgnbd, mbgnbd, pareto-nbd or gamma-gamma (default: the churn policy's purchase model, "
                    + "mbgnbd unless configured: the one every report reads P(alive) from).")
    String model;

    @Option(names = "--calibration-end", paramLabel = "YYYY-MM-DD", required = true,
            description = "Last day of the calibration period (inclusive).")
    LocalDate calibrationEnd;

    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "WEEKS",
            description = "Time unit of the model: ${COMPLETION-CANDIDATES} (default: weeks).")
    ModelTimeUnit unit;

    private final FitModelUseCase fitModel;
    private final ChurnPolicy policy;

    @Inject
    public FitModelCommand(FitModelUseCase fitModel, ChurnPolicy policy) {
        this.fitModel = Objects.requireNonNull(fitModel);
        this.policy = Objects.requireNonNull(policy);
    }

    @Override
    public Integer call() {
        long start = System.nanoTime();
        FittedModel fitted = fitModel.fit(new FitModelUseCase.Command(
                model == null ? policy.purchaseModel() : ModelKind.ofCode(model), calibrationEnd, unit));
        double seconds = (System.nanoTime() - start) / 1e9;
        if (GlobalOptions.format(spec) == org.opencrm.adapter.cli.render.OutputFormat.JSON) {
            Renderer.json(spec.commandLine().getOut(), fitted); // the fit, as POST /models/{model}/fits answers
        } else {
            ModelView.print(spec.commandLine().getOut(), GlobalOptions.format(spec), List.of(fitted));
        }
        if (GlobalOptions.format(spec) == org.opencrm.adapter.cli.render.OutputFormat.TABLE) {
            spec.commandLine().getOut().printf(Locale.ROOT, "Read, summarised and fitted in %.2f s%n", seconds);
        }
        return ExitCodes.OK;
    }
}
