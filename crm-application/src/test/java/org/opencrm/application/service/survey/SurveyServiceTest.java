package org.opencrm.application.service.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.IdConflictException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.SourcePosition;
import org.opencrm.application.port.in.survey.ImportSurveyResponsesUseCase;
import org.opencrm.application.port.in.survey.RecordSurveyResponseUseCase;
import org.opencrm.application.port.in.survey.SurveyReport;
import org.opencrm.application.port.in.survey.SurveyReportUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.fixtures.TestCustomers;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponseId;

class SurveyServiceTest {

    private static final OptionalInt NONE = OptionalInt.empty();
    private final FakeApplication app = new FakeApplication();
    private final RecordSurveyResponseUseCase record = app.useCase(RecordSurveyResponseUseCase.class);

    @BeforeEach
    void customers() {
        app.storage().customers().save(TestCustomers.aCustomer("c-ann", "Ann", "ann"));
        app.storage().customers().save(TestCustomers.aCustomer("c-bob", "Bob", "bob"));
        app.storage().customers().save(TestCustomers.aCustomer("c-cy", "Cy", "cy"));
    }

    private static SurveyAnswers recommend(int score, int satisfaction) {
        return new SurveyAnswers(OptionalInt.of(satisfaction), OptionalInt.of(score), NONE, NONE, NONE, NONE, NONE);
    }

    private RecordSurveyResponseUseCase.Result answer(String id, String customer, String at, SurveyAnswers answers) {
        return record.record(new RecordSurveyResponseUseCase.Command(Optional.of(SurveyResponseId.of(id)),
                CustomerId.of(customer), Optional.ofNullable(at).map(Instant::parse), answers));
    }

    @Test
    void aReplayIsTheStoredResponseOtherContentUnderItsIdIsRefused() {
        RecordSurveyResponseUseCase.Result first = answer("s-1", "c-ann", null, recommend(9, 5));
        assertThat(first.response().answeredAt()).isEqualTo(FakeApplication.NOW);
        assertThat(answer("s-1", "c-ann", null, recommend(9, 5)).created()).isFalse();
        assertThatThrownBy(() -> answer("s-1", "c-ann", null, recommend(3, 5))).isInstanceOf(IdConflictException.class);
    }

    @Test
    void theReportHearsEachCustomersLatestVoiceByTheAsOfDate() {
        answer("s-1", "c-ann", "2024-01-01T00:00:00Z", recommend(0, 1));
        answer("s-2", "c-ann", "2024-05-01T00:00:00Z", recommend(10, 5)); // promoter
        answer("s-3", "c-bob", "2024-05-01T00:00:00Z", recommend(7, 4)); // passive
        answer("s-4", "c-cy", "2024-05-01T00:00:00Z", recommend(6, 2)); // detractor
        answer("s-5", "c-cy", "2024-09-01T00:00:00Z", recommend(10, 5)); // after the as-of date
        SurveyReport r = app.useCase(SurveyReportUseCase.class).report(Optional.of(LocalDate.of(2024, 6, 30)));
        assertThat(r.respondents()).isEqualTo(3);
        // (1 promoter - 1 detractor) / 3 = 0.
        assertThat(r.nps()).isEqualTo(new SurveyReport.Nps(3, 1, 1, 1, 0.0));
        // Satisfaction (5 + 4 + 2) / 3 = 3.67; nobody answered trust.
        assertThat(r.questions().get(0)).isEqualTo(new SurveyReport.QuestionRow("satisfaction", "1-5", 3, 3.67));
        assertThat(r.questions().get(3)).isEqualTo(new SurveyReport.QuestionRow("trust", "1-5", 0, null));
    }

    @Test
    void anImportRejectsUnknownCustomersByLineAndStoresNothingTwice() {
        List<ImportRow<ImportSurveyResponsesUseCase.ResponseRow>> rows = List.of(
                new ImportRow.Parsed<>(new SourcePosition("f.csv", 2), new ImportSurveyResponsesUseCase.ResponseRow(
                        SurveyResponseId.of("s-1"), "ann", Instant.parse("2024-05-01T00:00:00Z"), recommend(9, 5))),
                new ImportRow.Parsed<>(new SourcePosition("f.csv", 3), new ImportSurveyResponsesUseCase.ResponseRow(
                        SurveyResponseId.of("s-2"), "zed", Instant.parse("2024-05-01T00:00:00Z"), recommend(9, 5))));
        ImportSurveyResponsesUseCase importer = app.useCase(ImportSurveyResponsesUseCase.class);
        ImportSummary first = importer.importResponses(new ImportSurveyResponsesUseCase.Command(rows.iterator(), "shop",
                10, new ImportListener() { }));
        assertThat(first.imported()).isOne();
        assertThat(first.rejected()).isOne();
        ImportSummary again = importer.importResponses(new ImportSurveyResponsesUseCase.Command(rows.iterator(), "shop",
                10, new ImportListener() { }));
        assertThat(again.duplicates()).isOne();
        assertThat(app.storage().surveyResponses().count()).isOne();
    }
}
