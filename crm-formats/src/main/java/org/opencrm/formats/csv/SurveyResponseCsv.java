package org.opencrm.formats.csv;

import java.util.LinkedHashSet;
import java.util.OptionalInt;
import java.util.Set;
import org.opencrm.application.port.in.survey.ImportSurveyResponsesUseCase.ResponseRow;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyQuestion;
import org.opencrm.domain.survey.SurveyResponseId;

/** The survey-response import's CSV layout: ids, time, and one column per question, each cell optional. */
public final class SurveyResponseCsv {

    public static final Set<String> REQUIRED = Set.of("response_id", "customer_id", "answered_at");
    public static final Set<String> FIELDS = fields();

    private SurveyResponseCsv() {
    }

    private static Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>(REQUIRED);
        for (SurveyQuestion q : SurveyQuestion.values()) {
            fields.add(q.column());
        }
        return Set.copyOf(fields);
    }

    /** One row; an answer off its scale is rejected naming its column. */
    public static ResponseRow parse(CsvTable.Row row) {
        OptionalInt[] answers = new OptionalInt[SurveyQuestion.values().length];
        for (SurveyQuestion q : SurveyQuestion.values()) {
            Integer value = row.parse(q.column(), text -> q.check(Integer.parseInt(text.strip())));
            answers[q.ordinal()] = value == null ? OptionalInt.empty() : OptionalInt.of(value);
        }
        SurveyAnswers parsed = new SurveyAnswers(answers[0], answers[1], answers[2], answers[3], answers[4],
                answers[5], answers[6]);
        return new ResponseRow(row.parseRequired("response_id", SurveyResponseId::of), row.required("customer_id"),
                row.parseRequired("answered_at", Timestamps::parse), parsed);
    }
}
