package org.opencrm.application.service.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyModel;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReport;
import org.opencrm.application.port.in.value.AttitudinalLoyaltyReportUseCase;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;

class AttitudinalLoyaltyServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private static final OptionalInt NONE = OptionalInt.empty();
    private final FakeApplication app = new FakeApplication();
    private final AttitudinalLoyaltyReportUseCase reports = app.useCase(AttitudinalLoyaltyReportUseCase.class);

    private void customer(String id) {
        app.storage().customers().save(Customer.named(CustomerId.of(id), id, Instant.parse("2024-01-01T00:00:00Z")));
    }

    private void answers(String id, String customer, String at, OptionalInt satisfaction, OptionalInt recommend,
                         OptionalInt repurchase, OptionalInt commitment, OptionalInt involvement, OptionalInt providers) {
        app.storage().surveyResponses().add(new SurveyResponse(SurveyResponseId.of(id), CustomerId.of(customer),
                Instant.parse(at), new SurveyAnswers(satisfaction, recommend, repurchase, NONE, commitment, involvement,
                providers)));
    }

    private static OptionalInt v(int value) {
        return OptionalInt.of(value);
    }

    @BeforeEach
    void aSmallBase() {
        // ann: attitude (5+4)/2 = 4.5, two purchases in the year: loyalty; bradt 5/9/4 secure; knox 4/1 loyal.
        // bob: attitude 4, one purchase: latent; bradt 4/7/4 satisfied; knox 2/3 switcher.
        // cy: attitude 2, three purchases: spurious; bradt 2/.. dissatisfied; no involvement: knox unclassified.
        // dee: recommend only: unclassified by dick-basu and bradt; knox unclassified.
        // eve: no response at all. fay: registered after the as-of date, not in the base.
        // ann's later response (after the as-of date) is not seen.
        for (String c : new String[] {"ann", "bob", "cy", "dee", "eve"}) {
            customer(c);
        }
        app.storage().customers().save(Customer.named(CustomerId.of("fay"), "fay", Instant.parse("2024-08-01T00:00:00Z")));
        answers("s-ann-0", "ann", "2024-02-01T00:00:00Z", v(1), v(0), v(1), v(1), v(1), v(9));
        answers("s-ann-1", "ann", "2024-05-01T00:00:00Z", v(5), v(9), v(4), v(4), v(4), v(1));
        answers("s-ann-2", "ann", "2024-07-01T00:00:00Z", v(1), v(0), v(1), v(1), v(1), v(9));
        answers("s-bob", "bob", "2024-05-01T00:00:00Z", v(4), v(7), v(4), NONE, v(2), v(3));
        answers("s-cy", "cy", "2024-05-01T00:00:00Z", v(2), v(10), v(5), v(2), NONE, v(0));
        answers("s-dee", "dee", "2024-05-01T00:00:00Z", NONE, v(8), NONE, NONE, NONE, NONE);
        app.storage().purchases().add(aPurchase("a1", CustomerId.of("ann"), LocalDate.of(2024, 2, 1), "10.00"));
        app.storage().purchases().add(aPurchase("a2", CustomerId.of("ann"), LocalDate.of(2024, 6, 30), "10.00"));
        app.storage().purchases().add(aPurchase("b1", CustomerId.of("bob"), LocalDate.of(2024, 3, 1), "10.00"));
        app.storage().purchases().add(aPurchase("b2", CustomerId.of("bob"), LocalDate.of(2024, 7, 1), "10.00"));
        for (int i = 1; i <= 3; i++) {
            app.storage().purchases().add(aPurchase("c" + i, CustomerId.of("cy"), LocalDate.of(2024, i, 5), "1.00"));
        }
    }

    private AttitudinalLoyaltyReport report(AttitudinalLoyaltyModel model) {
        return reports.report(AttitudinalLoyaltyReportUseCase.Query.of(Optional.of(AS_OF), model));
    }

    private static Map<String, Long> classes(AttitudinalLoyaltyReport r) {
        return r.classes().stream().collect(Collectors.toMap(AttitudinalLoyaltyReport.AttitudeClassRow::loyaltyClass,
                AttitudinalLoyaltyReport.AttitudeClassRow::customers));
    }

    private static Map<String, Long> unclassified(AttitudinalLoyaltyReport r) {
        return r.unclassified().stream().collect(Collectors.toMap(AttitudinalLoyaltyReport.UnclassifiedRow::reason,
                AttitudinalLoyaltyReport.UnclassifiedRow::customers));
    }

    @Test
    void dickAndBasuUsesTheLatestAnswerAndThePurchasesOfTheYearBefore() {
        AttitudinalLoyaltyReport r = report(AttitudinalLoyaltyModel.DICK_BASU);
        assertThat(r.customers()).isEqualTo(5);
        assertThat(r.classified()).isEqualTo(3);
        assertThat(classes(r)).isEqualTo(Map.of("LOYALTY", 1L, "LATENT_LOYALTY", 1L, "SPURIOUS_LOYALTY", 1L,
                "NO_LOYALTY", 0L));
        assertThat(unclassified(r)).isEqualTo(Map.of("no satisfaction or commitment answer", 1L,
                "no survey response by the as-of date", 1L));
        assertThat(r.classes().get(0).share()).isEqualByComparingTo("0.2");
    }

    @Test
    void knoxAndBradtCountTheCustomersLackingTheirQuestionsAsUnclassified() {
        AttitudinalLoyaltyReport knox = report(AttitudinalLoyaltyModel.KNOX);
        assertThat(classes(knox)).isEqualTo(Map.of("LOYAL", 1L, "HABITUAL_BUYER", 0L, "MULTI_BRAND_BUYER", 0L,
                "BRAND_SWITCHER", 1L));
        assertThat(unclassified(knox)).isEqualTo(Map.of("no involvement answer", 2L,
                "no survey response by the as-of date", 1L));
        AttitudinalLoyaltyReport bradt = report(AttitudinalLoyaltyModel.BRADT);
        assertThat(classes(bradt)).isEqualTo(Map.of("SECURE", 1L, "SATISFIED", 1L, "VULNERABLE", 0L,
                "DISSATISFIED", 1L));
        assertThat(unclassified(bradt)).containsEntry("no satisfaction, recommend and repurchase answers", 1L);
        assertThat(bradt.thresholds()).containsEntry("secureRecommend", 9);
    }
}
