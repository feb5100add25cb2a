package org.opencrm.application.service.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.relationship.QualityReport;
import org.opencrm.application.port.in.relationship.QualityReportUseCase;
import org.opencrm.application.port.in.relationship.SixIReport;
import org.opencrm.application.port.in.relationship.SixIReportUseCase;
import org.opencrm.application.port.in.report.RunReportBatchUseCase;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;

class RelationshipServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final CustomerId ANN = CustomerId.of("ann");
    private static final CustomerId BOB = CustomerId.of("bob");
    private static final OptionalInt NONE = OptionalInt.empty();
    private final FakeApplication app = new FakeApplication();

    private void contact(String id, CustomerId who, Direction direction, String type, String at) {
        app.storage().interactions().add(new Interaction(InteractionId.of(id), who, ContactChannel.PHONE, direction,
                type, "talked", Optional.empty(), Instant.parse(at), Optional.empty(), Optional.empty()));
    }

    @BeforeEach
    void twoCustomers() {
        // Ann: e-mail, phone, external id, acquisition source: 4 of 6 profile fields.
        app.storage().customers().save(new Customer(ANN, "Ann", List.of(ExternalId.of("shop", "ann")),
                List.of(ContactPoint.email("ann@example.org"), ContactPoint.phone("+441234567890")),
                MarketingConsent.NONE, Map.of(), AcquisitionSource.of("newsletter"),
                Instant.parse("2024-01-01T00:00:00Z")));
        app.storage().customers().save(Customer.named(BOB, "Bob", Instant.parse("2024-01-01T00:00:00Z")));
        app.storage().purchases().add(aPurchase("p-1", ANN, LocalDate.of(2024, 12, 1), "10.00"));
        // Ann's year: 4 contacts both ways, one a complaint -> friendship 100 x 1 x 1 x 3/4 = 75.
        contact("i-1", ANN, Direction.INBOUND, "complaint", "2024-03-01T00:00:00Z");
        contact("i-2", ANN, Direction.OUTBOUND, "follow-up", "2024-03-02T00:00:00Z");
        contact("i-3", ANN, Direction.INBOUND, "feedback", "2024-06-01T00:00:00Z");
        contact("i-4", ANN, Direction.OUTBOUND, "inquiry", "2024-09-01T00:00:00Z");
        contact("i-0", ANN, Direction.OUTBOUND, "inquiry", "2023-06-01T00:00:00Z"); // before the year
        contact("i-9", ANN, Direction.OUTBOUND, "inquiry", "2025-01-02T00:00:00Z"); // after the as-of date
        // Ann's latest survey: trust 4 (75), satisfaction 5 (100), commitment 3 (50), recommend 8.
        app.storage().surveyResponses().add(new SurveyResponse(SurveyResponseId.of("s-1"), ANN,
                Instant.parse("2024-10-01T00:00:00Z"), new SurveyAnswers(OptionalInt.of(5), OptionalInt.of(8), NONE,
                OptionalInt.of(4), OptionalInt.of(3), NONE, NONE)));
        // Two follow-ups due in the year, one done on its day.
        app.storage().followUps().add(new FollowUp(FollowUpId.of("f-1"), ANN, LocalDate.of(2024, 4, 1), Optional.empty(),
                "call", Instant.parse("2024-03-01T00:00:00Z"), Optional.of(Instant.parse("2024-04-01T15:00:00Z"))));
        app.storage().followUps().add(new FollowUp(FollowUpId.of("f-2"), ANN, LocalDate.of(2024, 5, 1), Optional.empty(),
                "call", Instant.parse("2024-03-01T00:00:00Z"), Optional.of(Instant.parse("2024-05-03T00:00:00Z"))));
    }

    @Test
    void qualityIsAveragedPerCustomerThenPerTierAndStage() {
        QualityReport r = app.useCase(QualityReportUseCase.class).report(new QualityReportUseCase.Query(
                Optional.of(AS_OF), Optional.of(ANN)));
        // Ann: (75 + 100 + 50 + 75) / 4 = 75. Bob: no data.
        assertThat(r.customer().quality()).isEqualTo(new QualityReport.QualityComponents(75.0, 100.0, 50.0, 75.0, 75.0));
        assertThat(r.customer().contactsInYear()).isEqualTo(4);
        assertThat(r.customers()).isEqualTo(2);
        assertThat(r.withIndex()).isOne();
        assertThat(r.mean().index()).isEqualTo(75.0);
        Map<String, QualityReport.QualityGroupRow> stages = r.byStage().stream()
                .collect(Collectors.toMap(QualityReport.QualityGroupRow::group, g -> g));
        assertThat(stages.get("NEW")).isEqualTo(new QualityReport.QualityGroupRow("NEW", 1, 1, 75.0));
        assertThat(stages.get("PROSPECT")).isEqualTo(new QualityReport.QualityGroupRow("PROSPECT", 1, 0, null));
        assertThat(r.byTier()).filteredOn(g -> g.group().equals("UNTIERED")).singleElement()
                .isEqualTo(new QualityReport.QualityGroupRow("UNTIERED", 2, 1, 75.0));
        assertThatThrownBy(() -> app.useCase(QualityReportUseCase.class).report(new QualityReportUseCase.Query(
                Optional.of(AS_OF), Optional.of(CustomerId.of("nobody"))))).isInstanceOf(CustomerNotFoundException.class);
    }

    @Test
    void theScorecardPrintsEachIWithItsDataOrNoData() {
        SixIReport ann = app.useCase(SixIReportUseCase.class).scorecard(new QualityReportUseCase.Query(
                Optional.of(AS_OF), Optional.of(ANN)));
        Map<String, SixIReport.PrincipleRow> rows = ann.scores().stream().collect(Collectors.toMap(SixIReport.PrincipleRow::principle, x -> x));
        assertThat(rows.get("INFORMATION").score()).isEqualTo(66.7);
        // Untiered cadence 14 days: target 365/14 = 26.07 contacts, 4 of them = 15.34; 1 of 2 on time = 50 -> 32.7.
        assertThat(rows.get("INTERACTION").score()).isEqualTo(32.7);
        assertThat(rows.get("INTERACTION").basis()).contains("4 contacts in the year against 26.1", "1 of 2");
        // One survey answer and one feedback contact: 2 -> 100.
        assertThat(rows.get("INTEGRATION").score()).isEqualTo(100.0);
        // Commitment 3 -> 50, recommend 8 -> 80: 65.
        assertThat(rows.get("INTENTION").score()).isEqualTo(65.0);
        assertThat(rows.get("INDIVIDUALITY").score()).isNull();
        assertThat(rows.get("INVESTMENT").basis()).startsWith("no data");

        SixIReport portfolio = app.useCase(SixIReportUseCase.class).scorecard(new QualityReportUseCase.Query(
                Optional.of(AS_OF), Optional.empty()));
        Map<String, SixIReport.PrincipleRow> all = portfolio.scores().stream()
                .collect(Collectors.toMap(SixIReport.PrincipleRow::principle, x -> x));
        // Bob has no contact (0 of 26 -> 0) and no follow-up: Interaction (32.7 + 0) / 2.
        assertThat(all.get("INTERACTION").customersWithData()).isEqualTo(2);
        assertThat(all.get("INTENTION").customersWithData()).isOne();
        assertThat(all.get("INVESTMENT").basis()).contains("no value fits");
    }

    @Test
    void individualityIsTheShareOfContactsThatCarriedACampaignOffer() {
        CampaignId id = CampaignId.of("summer");
        app.storage().campaigns().start(new Campaign(id, "Summer", "everyone", 1, ContactChannel.EMAIL, "offer",
                Money.of("1.00", "USD"), Money.of("0.00", "USD"), 0.5, 1, LocalDate.of(2024, 6, 1), 30, 0,
                Instant.parse("2024-06-01T08:00:00Z")), List.of(new CampaignMember(id, ANN, CampaignGroup.TREATED),
                new CampaignMember(id, BOB, CampaignGroup.CONTROL)));
        SixIReport ann = app.useCase(SixIReportUseCase.class).scorecard(new QualityReportUseCase.Query(
                Optional.of(AS_OF), Optional.of(ANN)));
        SixIReport.PrincipleRow row = ann.scores().stream().filter(r -> r.principle().equals("INDIVIDUALITY"))
                .findFirst().orElseThrow();
        // One campaign offer beside two outbound contacts in the year (i-2, i-4): 100 x 1 / 3.
        assertThat(row.score()).isEqualTo(33.3);
        assertThat(row.basis()).isEqualTo("1 campaign offers and 2 other outbound contacts in the year");
        SixIReport portfolio = app.useCase(SixIReportUseCase.class).scorecard(new QualityReportUseCase.Query(
                Optional.of(AS_OF), Optional.empty()));
        // Bob was held out and had no outbound contact: no data, so the mean is Ann's.
        assertThat(portfolio.scores().stream().filter(r -> r.principle().equals("INDIVIDUALITY")).findFirst()
                .orElseThrow().customersWithData()).isOne();
    }

    @Test
    void aReportBookGivesQualityTheStagesAndTiersOfItsOwnPassUnchanged() {
        app.storage().purchases().add(aPurchase("p-2", BOB, LocalDate.of(2023, 2, 1), "30.00"));
        app.storage().purchases().add(aPurchase("p-3", BOB, LocalDate.of(2023, 3, 1), "30.00"));
        app.storage().models().save(new FittedModel(ModelKind.MBG_NBD, Map.of("r", 0.6, "alpha", 9.9, "a", 0.5,
                "b", 0.86), -1000, AS_OF, ModelTimeUnit.WEEKS, 2, Instant.parse("2024-12-31T00:00:00Z"), true, 10));
        app.storage().models().save(new FittedModel(ModelKind.GAMMA_GAMMA, Map.of("p", 5.1, "q", 4.0, "gamma", 21.3),
                -1000, AS_OF, ModelTimeUnit.WEEKS, 2, Instant.parse("2024-12-31T00:00:00Z"), true, 10));
        QualityReportUseCase quality = app.useCase(QualityReportUseCase.class);
        QualityReportUseCase.Query query = new QualityReportUseCase.Query(Optional.of(AS_OF), Optional.empty());

        QualityReport alone = quality.report(query);
        QualityReport inBook = app.useCase(RunReportBatchUseCase.class).run(AS_OF, () -> quality.report(query));

        assertThat(inBook).isEqualTo(alone);
        // Ann bought this month (new), Bob bought twice early last year and lapsed since: two stages to group by.
        assertThat(alone.byStage().stream().filter(g -> g.customers() > 0).map(QualityReport.QualityGroupRow::group))
                .containsExactlyInAnyOrder("NEW", "LAPSED");
        assertThat(alone.byTier().stream().mapToLong(QualityReport.QualityGroupRow::customers).sum()).isEqualTo(2);
    }
}
