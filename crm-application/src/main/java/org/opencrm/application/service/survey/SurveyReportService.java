package org.opencrm.application.service.survey;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.opencrm.application.port.in.survey.SurveyReport;
import org.opencrm.application.port.in.survey.SurveyReportUseCase;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.application.service.report.ReportPopulation;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.survey.NetPromoterScore;
import org.opencrm.domain.survey.SurveyQuestion;
import org.opencrm.domain.survey.SurveyResponse;

/** Summarises each customer's latest survey response by the as-of date. */
public class SurveyReportService implements SurveyReportUseCase {

    private final SurveyResponseRepository responses;
    private final ReportPopulation population;
    private final Clock clock;

    @Inject
    public SurveyReportService(SurveyResponseRepository responses, ReportPopulation population, Clock clock) {
        this.responses = Objects.requireNonNull(responses);
        this.population = Objects.requireNonNull(population);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public SurveyReport report(Optional<LocalDate> asOfDate, Optional<String> inSegment) {
        LocalDate asOf = asOfDate.orElseGet(() -> LocalDate.now(clock));
        Predicate<CustomerId> counted = population.of(inSegment, asOf);
        List<SurveyResponse> latest = responses.latestPerCustomer(asOf.plusDays(1).atStartOfDay(clock.getZone())
                .toInstant()).stream().filter(r -> counted.test(r.customerId())).toList();
        List<Integer> recommend = new ArrayList<>();
        latest.forEach(r -> r.answers().recommend().ifPresent(recommend::add));
        NetPromoterScore nps = NetPromoterScore.of(recommend);
        List<SurveyReport.QuestionRow> rows = new ArrayList<>();
        for (SurveyQuestion question : SurveyQuestion.values()) {
            long n = 0;
            long sum = 0;
            for (SurveyResponse r : latest) {
                OptionalInt a = question.answerIn(r.answers());
                if (a.isPresent()) {
                    n++;
                    sum += a.getAsInt();
                }
            }
            rows.add(new SurveyReport.QuestionRow(question.field(), question.scale(), n,
                    n == 0 ? null : Math.round(100.0 * sum / n) / 100.0));
        }
        return new SurveyReport(asOf, latest.size(), new SurveyReport.Nps(nps.respondents(), nps.promoters(),
                nps.passives(), nps.detractors(), nps.respondents() == 0 ? null : nps.score()), rows);
    }
}
