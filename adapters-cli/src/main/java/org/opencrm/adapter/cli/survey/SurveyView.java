package org.opencrm.adapter.cli.survey;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.render.TableView;
import org.opencrm.domain.survey.SurveyQuestion;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.formats.SurveyResponseJson;

/** Survey responses as a table, CSV (the import's columns) or JSON. */
final class SurveyView {

    private SurveyView() {
    }

    static void print(PrintWriter out, OutputFormat format, List<SurveyResponse> responses) {
        switch (format) {
            case JSON -> Renderer.json(out, responses.stream().map(SurveyResponseJson::of).toList());
            case CSV -> Renderer.csv(out, table(responses));
            case TABLE -> Renderer.table(out, List.of(table(responses)));
        }
    }

    private static TableView table(List<SurveyResponse> responses) {
        List<String> columns = new ArrayList<>(List.of("response_id", "customer_id", "answered_at"));
        for (SurveyQuestion q : SurveyQuestion.values()) {
            columns.add(q.column());
        }
        List<List<String>> rows = new ArrayList<>();
        for (SurveyResponse r : responses) {
            List<String> row = new ArrayList<>(List.of(r.id().value(), r.customerId().value(), r.answeredAt().toString()));
            for (SurveyQuestion q : SurveyQuestion.values()) {
                OptionalInt answer = q.answerIn(r.answers());
                row.add(answer.isPresent() ? Integer.toString(answer.getAsInt()) : "");
            }
            rows.add(row);
        }
        return new TableView("Survey responses", columns, rows);
    }
}
