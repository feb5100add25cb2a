package org.opencrm.application.service.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.customer.CustomerTimeline.Interacted;
import org.opencrm.application.port.in.customer.CustomerTimeline.Purchased;
import org.opencrm.application.port.in.customer.CustomerTimeline.Registered;
import org.opencrm.application.port.in.customer.CustomerTimeline.StageChanged;
import org.opencrm.application.port.in.customer.CustomerTimeline;
import org.opencrm.application.port.in.value.ChurnPolicy;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.application.service.lifecycle.ModelFits;
import org.opencrm.application.service.report.LifecycleReportService;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.ComplaintStatus;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.complaint.Severity;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;
import org.opencrm.domain.lifecycle.ExpansionRule;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.lifecycle.RecencyChurnSignal;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;

class CustomerTimelineServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final CustomerId ANN = CustomerId.of("ann");
    private final FakeStorage storage = new FakeStorage();
    private final LifecycleRules rules = new LifecycleRules(new ModelFits(storage.models()), ChurnPolicy.DEFAULT,
            RecencyChurnSignal.DEFAULT,
                    ExpansionRule.DEFAULT);
    private final Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final CustomerTimelineService service =
            new CustomerTimelineService(storage.customers(), storage.purchases(), storage.interactions(),
                        storage.complaints(),
                        storage.followUps(), storage.surveyResponses(), rules, clock);

    @Test
    void tellsRegistrationPurchasesAndStageChangesInDayOrder() {
        storage.customers().save(Customer.named(ANN, "Ann", Instant.parse("2024-01-10T08:00:00Z")));
        storage.purchases().add(aPurchase("a2", ANN, LocalDate.of(2024, 3, 1), "5.00"));
        storage.purchases().add(aPurchase("a1", ANN, LocalDate.of(2024, 1, 10), "10.00"));
        storage.purchases().add(aPurchase("a3", ANN, LocalDate.of(2025, 6, 1), "7.00")); // after the as-of date

        CustomerTimeline t = service.timeline(ANN, Optional.of(AS_OF));

        assertThat(t.asOf()).isEqualTo(AS_OF);
        List<CustomerTimeline.Entry> e = t.entries();
        // On the day of registration: registered, then the purchase, then the stage changes it caused.
        assertThat(e.get(0)).isEqualTo(new Registered(Instant.parse("2024-01-10T08:00:00Z"), LocalDate.of(2024, 1, 10)));
        assertThat(e.get(1)).isInstanceOfSatisfying(Purchased.class, p -> assertThat(p.purchase().id().value()).isEqualTo("a1"));
        assertThat(stageChange(e.get(2))).isEqualTo(LifecycleStage.PROSPECT);
        assertThat(stageChange(e.get(3))).isEqualTo(LifecycleStage.NEW);
        assertThat(e.get(4)).isInstanceOfSatisfying(Purchased.class, p -> assertThat(p.purchase().id().value()).isEqualTo("a2"));
        assertThat(stageChange(e.get(5))).isEqualTo(LifecycleStage.ACTIVE);
        assertThat(e.get(5).day()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(e).filteredOn(Purchased.class::isInstance).hasSize(2);
        assertThat(e).allSatisfy(entry -> assertThat(entry.day()).isBeforeOrEqualTo(AS_OF));
        // Ten months without a purchase: the stage has declined since, as the lifecycle report says.
        assertThat(t.stage()).isPresent().get().isNotEqualTo(LifecycleStage.ACTIVE);
        assertThat(t.stage().get()).isEqualTo(stageInTheLifecycleReport());
        assertThat(stageChange(e.get(e.size() - 1))).isEqualTo(t.stage().get());
    }

    @Test
    void interleavesContactsWithPurchasesByTimeAndLeavesOutThoseAfterTheAsOfDate() {
        storage.customers().save(Customer.named(ANN, "Ann", Instant.parse("2024-01-10T08:00:00Z")));
        storage.purchases().add(aPurchase("a1", ANN, LocalDate.of(2024, 3, 1), "10.00")); // at noon
        storage.interactions().add(contact("call-after", "2024-03-01T15:00:00Z"));
        storage.interactions().add(contact("call-before", "2024-03-01T09:00:00Z"));
        storage.interactions().add(contact("call-late", "2025-01-01T09:00:00Z"));

        List<String> march = service.timeline(ANN, Optional.of(AS_OF)).entries().stream()
                .filter(e -> e.day().equals(LocalDate.of(2024, 3, 1)))
                .map(e -> e instanceof Interacted i ? i.interaction().id().value()
                        : e instanceof Purchased p ? p.purchase().id().value() : "stage")
                .toList();
        assertThat(march).containsExactly("call-before", "a1", "call-after", "stage"); // prospect -> new
        assertThat(service.timeline(ANN, Optional.of(AS_OF)).entries()).noneMatch(e -> e instanceof Interacted i
                && i.interaction().id().value().equals("call-late"));
    }

    @Test
    void complaintsFollowUpsAndSurveyAnswersShowOnlyAsFarAsTheAsOfDate() {
        storage.customers().save(Customer.named(ANN, "Ann", Instant.parse("2024-01-10T08:00:00Z")));
        Complaint lost = Complaint.open(ComplaintId.of("k-1"), ANN, Instant.parse("2024-12-30T09:00:00Z"), "delivery",
                Severity.HIGH, "parcel lost");
        storage.complaints().add(lost.moveTo(ComplaintStatus.IN_PROGRESS, Instant.parse("2024-12-30T10:00:00Z"),
                Optional.empty()).moveTo(ComplaintStatus.RESOLVED, Instant.parse("2025-01-02T10:00:00Z"),
                Optional.of("resent")));
        storage.followUps().add(new FollowUp(FollowUpId.of("f-1"), ANN, LocalDate.of(2024, 12, 31), Optional.empty(),
                "call back", Instant.parse("2024-12-30T10:00:00Z"), Optional.of(Instant.parse("2025-01-03T00:00:00Z"))));
        storage.surveyResponses().add(new SurveyResponse(SurveyResponseId.of("s-1"), ANN,
                Instant.parse("2024-12-30T12:00:00Z"), new SurveyAnswers(OptionalInt.of(2), OptionalInt.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty())));

        List<CustomerTimeline.Entry> e = service.timeline(ANN, Optional.of(AS_OF)).entries();
        // The resolution on 2 January is after the as-of date, and the follow-up was not done by then.
        assertThat(e).filteredOn(x -> x instanceof CustomerTimeline.ComplaintResolved).isEmpty();
        assertThat(e).filteredOn(x -> x instanceof CustomerTimeline.Complained).hasSize(1);
        assertThat(e).filteredOn(x -> x instanceof CustomerTimeline.FollowUpDue).singleElement()
                .isEqualTo(new CustomerTimeline.FollowUpDue(storage.followUps().findById(FollowUpId.of("f-1"))
                        .orElseThrow(), false));
        assertThat(e).filteredOn(x -> x instanceof CustomerTimeline.Answered).hasSize(1);
        assertThat(service.timeline(ANN, Optional.of(LocalDate.of(2025, 1, 5))).entries())
                .filteredOn(x -> x instanceof CustomerTimeline.ComplaintResolved).hasSize(1);
    }

    private static Interaction contact(String id, String at) {
        return new Interaction(InteractionId.of(id), ANN, ContactChannel.PHONE, Direction.INBOUND, "inquiry",
                "asked about delivery", Optional.empty(), Instant.parse(at), Optional.empty(), Optional.empty());
    }

    @Test
    void aCustomerWhoHasNotBoughtIsAProspectAndOneNotYetRegisteredHasNoTimeline() {
        storage.customers().save(Customer.named(ANN, "Ann", Instant.parse("2024-06-01T00:00:00Z")));

        CustomerTimeline t = service.timeline(ANN, Optional.of(AS_OF));
        assertThat(t.entries()).hasSize(2);
        assertThat(t.stage()).contains(LifecycleStage.PROSPECT);

        CustomerTimeline before = service.timeline(ANN, Optional.of(LocalDate.of(2024, 5, 31)));
        assertThat(before.entries()).isEmpty();
        assertThat(before.stage()).isEmpty();
    }

    @Test
    void defaultsToTodayOnTheClockAndRefusesAnUnknownCustomer() {
        storage.customers().save(Customer.named(ANN, "Ann", Instant.parse("2024-06-01T00:00:00Z")));
        assertThat(service.timeline(ANN, Optional.empty()).asOf()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThatThrownBy(() -> service.timeline(CustomerId.of("nobody"), Optional.empty()))
                .isInstanceOf(CustomerNotFoundException.class);
    }

    private static LifecycleStage stageChange(CustomerTimeline.Entry entry) {
        assertThat(entry).isInstanceOf(StageChanged.class);
        return ((StageChanged) entry).transition().to();
    }

    private LifecycleStage stageInTheLifecycleReport() {
        var report = new LifecycleReportService(storage.purchases(), rules, clock)
                .report(new LifecycleReportUseCase.Query(Optional.of(AS_OF), Optional.empty()));
        return report.stages().stream().filter(s -> s.customers() == 1).findFirst().orElseThrow().stage();
    }
}
