package org.opencrm.adapter.cli.model;

import jakarta.inject.Inject;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.formats.ValidationJson;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.application.port.in.model.ValidateModelUseCase;
import org.opencrm.domain.value.clv.HoldoutValidation;
import org.opencrm.domain.value.clv.ModelKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code crm model validate}. */
@Command(name = "validate", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Checks the latest fit of a purchase model against the purchases made between its calibration "
                + "end and --holdout-end: mean predicted and actual purchases per calibration frequency (7 = 7 or more).")
public final class ValidateModelCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "bgnbd",
            description = "bgnbd, mbgnbd or pareto-nbd (default: ${DEFAULT-VALUE}).")
    String model;

    @Option(names = "--holdout-end", paramLabel = "YYYY-MM-DD", required = true,
            description = "Last day of the holdout period (after the fit's calibration end).")
    LocalDate holdoutEnd;

    private final ValidateModelUseCase validateModel;

    @Inject
    public ValidateModelCommand(ValidateModelUseCase validateModel) {
        this.validateModel = Objects.requireNonNull(validateModel);
    }

    @Override
    public Integer call() {
        ValidateModelUseCase.Validation v = validateModel.validate(
                new ValidateModelUseCase.Query(ModelKind.ofCode(model), holdoutEnd));
        PrintWriter out = spec.commandLine().getOut();
        List<List<String>> rows = new ArrayList<>();
        for (HoldoutValidation.Row r : v.rows()) {
            rows.add(List.of(r.x() + (r.andAbove() ? "+" : ""), Long.toString(r.customers()),
                    String.format(Locale.ROOT, "%.4f", r.actualMean()), String.format(Locale.ROOT, "%.4f", r.predictedMean())));
        }
        double actual = v.actualTotal();
        double predicted = v.predictedTotal();
        TableView table = new TableView("Holdout check", List.of("x", "customers", "actual_mean", "predicted_mean"), rows);
        switch (GlobalOptions.format(spec)) {
            case CSV -> Renderer.csv(out, table);
            case JSON -> Renderer.json(out, ValidationJson.of(v, holdoutEnd));
            case TABLE -> {
                out.printf(Locale.ROOT, "%s fitted to %s, holdout to %s (%.2f %s): %.0f purchases actual, %.1f predicted%n%n",
                        v.fit().kind().code(), v.fit().calibrationEnd(), holdoutEnd, v.holdoutLength(),
                        v.fit().unit().name().toLowerCase(Locale.ROOT), actual, predicted);
                Renderer.table(out, List.of(table));
            }
        }
        return ExitCodes.OK;
    }
}
