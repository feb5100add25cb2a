package org.opencrm.application.service.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.campaign.CampaignReportUseCase;
import org.opencrm.application.port.in.campaign.RecordCampaignResponseUseCase;
import org.opencrm.application.port.in.campaign.StartCampaignUseCase;
import org.opencrm.application.port.in.segment.SaveSegmentUseCase;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.money.Money;

class CampaignServiceTest {

    private final FakeApplication app = new FakeApplication();
    private final StartCampaignUseCase start = app.useCase(StartCampaignUseCase.class);
    private final RecordCampaignResponseUseCase respond = app.useCase(RecordCampaignResponseUseCase.class);

    @BeforeEach
    void fortyCustomersTenWithoutEmailConsent() {
        for (int i = 0; i < 40; i++) {
            app.storage().customers().save(new Customer(CustomerId.of(String.format("c-%02d", i)), "C" + i, List.of(),
                    List.of(), new MarketingConsent(i >= 10, false), Map.of("region", "north"), AcquisitionSource.UNKNOWN,
                    Instant.parse("2024-01-01T00:00:00Z")));
        }
        app.useCase(SaveSegmentUseCase.class).save(new SaveSegmentUseCase.Command("north", "attr.region = north"));
    }

    private StartCampaignUseCase.Started startNorth(String id) {
        return start.start(new StartCampaignUseCase.Command(Optional.of(CampaignId.of(id)), "Spring mailing", "north",
                Optional.empty(), ContactChannel.EMAIL, "spring catalogue", Money.of("0.50", "USD"),
                Money.of("10.00", "USD"), 0.2, 42, Optional.of(LocalDate.of(2024, 3, 1)), 30));
    }

    @Test
    void startSnapshotsTheConsentingMembersAndHoldsOutTheControlGroupReproducibly() {
        StartCampaignUseCase.Started started = startNorth("cmp-1");
        assertThat(started.campaign().excludedWithoutConsent()).isEqualTo(10);
        assertThat(started.treated()).isEqualTo(24);
        assertThat(started.control()).isEqualTo(6);
        assertThat(started.campaign().segmentVersion()).isEqualTo(1);
        List<CampaignMember> members = app.storage().campaigns().members(CampaignId.of("cmp-1"));
        assertThat(members).hasSize(30).noneMatch(m -> m.customer().value().compareTo("c-10") < 0);
        List<CampaignMember> again = app.storage().campaigns().members(startNorth("cmp-2").campaign().id());
        assertThat(again.stream().filter(m -> m.group() == CampaignGroup.CONTROL).map(CampaignMember::customer))
                .isEqualTo(members.stream().filter(m -> m.group() == CampaignGroup.CONTROL)
                        .map(CampaignMember::customer).toList());
        assertThatThrownBy(() -> startNorth("cmp-1")).hasMessageContaining("campaign id cmp-1 is already recorded");
    }

    @Test
    void responsesAreRecordedOnceForMembersOnlyAndMeasuredAgainstControl() {
        startNorth("cmp-1");
        List<CampaignMember> members = app.storage().campaigns().members(CampaignId.of("cmp-1"));
        CustomerId treated = members.stream().filter(m -> m.group() == CampaignGroup.TREATED).findFirst().orElseThrow()
                .customer();
        RecordCampaignResponseUseCase.Command bought = new RecordCampaignResponseUseCase.Command(CampaignId.of("cmp-1"),
                treated, true, true, Optional.of(Money.of("80.00", "USD")), Optional.empty());
        assertThat(respond.record(bought).created()).isTrue();
        assertThat(respond.record(bought).created()).isFalse();
        assertThatThrownBy(() -> respond.record(new RecordCampaignResponseUseCase.Command(CampaignId.of("cmp-1"),
                treated, true, false, Optional.empty(), Optional.empty()))).hasMessageContaining("responds once");
        assertThatThrownBy(() -> respond.record(new RecordCampaignResponseUseCase.Command(CampaignId.of("cmp-1"),
                CustomerId.of("c-00"), true, false, Optional.empty(), Optional.empty())))
                .hasMessageContaining("'customer' c-00 is not in campaign cmp-1");
        assertThatThrownBy(() -> respond.record(new RecordCampaignResponseUseCase.Command(CampaignId.of("cmp-1"),
                treated, true, true, Optional.of(Money.of("1", "EUR")), Optional.empty())))
                .hasMessageContaining("'revenue' must be in the campaign's currency (USD)");

        CampaignReportUseCase.CampaignReport report = app.useCase(CampaignReportUseCase.class)
                .report(CampaignId.of("cmp-1"));
        assertThat(report.results().treated().responded()).isOne();
        assertThat(report.results().cost()).isEqualTo(Money.of("22.00", "USD")); // 24 x 0.50 + 10.00
        assertThat(report.results().responseLift()).isPresent();
        // Purchases in the 30 days from the start count whether or not a response was recorded; later ones do not.
        app.storage().purchases().add(org.opencrm.domain.fixtures.TestPurchases.aPurchase("p-in", treated,
                LocalDate.of(2024, 3, 30), "40.00"));
        app.storage().purchases().add(org.opencrm.domain.fixtures.TestPurchases.aPurchase("p-late", treated,
                LocalDate.of(2024, 3, 31), "99.00"));
        CampaignReportUseCase.CampaignReport again = app.useCase(CampaignReportUseCase.class)
                .report(CampaignId.of("cmp-1"));
        assertThat(again.purchases().treatedBuyers()).isOne();
        assertThat(again.purchases().treatedRevenue()).isEqualTo(Money.of("40.00", "USD"));
        assertThat(again.purchases().controlBuyers()).isZero();
        assertThatThrownBy(() -> app.useCase(CampaignReportUseCase.class).report(CampaignId.of("nope")))
                .isInstanceOf(FactNotFoundException.class);
    }

    @Test
    void theReportBreaksResultsDownByTierAndRfmSegmentAsOfTheStart() {
        // Ten members bought before the start, one only after it; no value fits: tiers are unknown.
        for (int i = 10; i < 20; i++) {
            app.storage().purchases().add(org.opencrm.domain.fixtures.TestPurchases.aPurchase("p-" + i,
                    CustomerId.of("c-" + i), LocalDate.of(2024, 1, 1 + i), "10.00"));
        }
        app.storage().purchases().add(org.opencrm.domain.fixtures.TestPurchases.aPurchase("p-after",
                CustomerId.of("c-20"), LocalDate.of(2024, 3, 2), "10.00"));
        startNorth("cmp-1");
        CampaignReportUseCase.CampaignReport report = app.useCase(CampaignReportUseCase.class)
                .report(CampaignId.of("cmp-1"));

        assertThat(report.breakdown()).filteredOn(b -> b.dimension().equals("tier")).singleElement()
                .satisfies(b -> {
                    assertThat(b.value()).isEqualTo("unclassified");
                    assertThat(b.treated().members() + b.control().members()).isEqualTo(30);
                });
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("no value fits calibrated on or before the "
                + "start (2024-03-01)"));
        List<org.opencrm.domain.campaign.CampaignBreakdown> segments = report.breakdown().stream()
                .filter(b -> b.dimension().equals("rfm_segment")).toList();
        assertThat(segments.stream().mapToLong(b -> b.treated().members() + b.control().members()).sum())
                .isEqualTo(30);
        // The twenty who had not bought by the start (c-20's purchase came a day later) have no segment.
        assertThat(segments.get(segments.size() - 1).value()).isEqualTo("unclassified");
        assertThat(segments.get(segments.size() - 1).treated().members()
                + segments.get(segments.size() - 1).control().members()).isEqualTo(20);
    }

    @Test
    void aSegmentWithNoOneToContactIsRefused() {
        app.useCase(SaveSegmentUseCase.class).save(new SaveSegmentUseCase.Command("south", "attr.region = south"));
        assertThatThrownBy(() -> start.start(new StartCampaignUseCase.Command(Optional.empty(), "x", "south",
                Optional.empty(), ContactChannel.EMAIL, "o", Money.of("0.50", "USD"), Money.of("0", "USD"), 0.1, 1,
                Optional.of(LocalDate.of(2024, 3, 1)), 30))).hasMessageContaining("'segment' south version 1 has no member");
    }
}
