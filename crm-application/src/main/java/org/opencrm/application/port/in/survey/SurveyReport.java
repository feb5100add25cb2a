package org.opencrm.application.port.in.survey;

import java.time.LocalDate;
import java.util.List;

/**
 * What customers said, as of a date: one voice per customer (their latest response by then), the Net Promoter
 * Score of the recommend answers, and for each question how many answered it and their mean.
 */
public record SurveyReport(LocalDate asOf, long respondents, Nps nps, List<QuestionRow> questions) {

    public SurveyReport {
        questions = List.copyOf(questions);
    }

    /** The NPS: {@code score} -100..100, absent (null) without a recommend answer. */
    public record Nps(long respondents, long promoters, long passives, long detractors, Double score) {
    }

    /** One question: its scale, how many answered it and their mean (absent without answers). */
    public record QuestionRow(String question, String scale, long answered, Double mean) {
    }
}
