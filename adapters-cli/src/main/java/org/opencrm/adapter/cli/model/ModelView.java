package org.opencrm.adapter.cli.model;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.formats.Items;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.domain.value.clv.FittedModel;

/** Prints fitted models as a table, CSV, or JSON as {@code GET /models} serves them ({@code {"items": [...]}}). */
final class ModelView {

    private ModelView() {
    }

    static void print(PrintWriter out, OutputFormat format, List<FittedModel> models) {
        if (format == OutputFormat.JSON) {
            Renderer.json(out, Items.all(models));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (FittedModel m : models) {
            rows.add(List.of(m.kind().code(), m.parameters().entrySet().stream()
                            .map(e -> String.format(Locale.ROOT, "%s=%.6g", e.getKey(), e.getValue()))
                            .collect(Collectors.joining(" ")),
                    String.format(Locale.ROOT, "%.4f", m.logLikelihood()), m.calibrationEnd().toString(),
                    m.unit().name().toLowerCase(Locale.ROOT), m.customers()
                            + (m.kind() == org.opencrm.domain.value.clv.ModelKind.GAMMA_GAMMA ? " repeat buyers" : " customers"),
                    Integer.toString(m.evaluations()), Boolean.toString(m.converged()), m.fittedAt().toString()));
        }
        TableView table = new TableView("Fitted models", List.of("model", "parameters", "log_likelihood",
                "calibration_end", "unit", "fitted_on", "evaluations", "converged", "fitted_at"), rows);
        if (format == OutputFormat.CSV) {
            Renderer.csv(out, table);
        } else {
            Renderer.table(out, List.of(table));
        }
    }
}
