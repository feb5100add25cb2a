package org.opencrm.application.service.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.acquisition.AcquisitionReportUseCase;
import org.opencrm.domain.acquisition.AcquisitionEconomics;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.money.Money;

class AcquisitionReportServiceTest {

    private final FakeApplication app = new FakeApplication();

    private void customer(String id, AcquisitionSource source, String registered, String... firstPurchase) {
        app.storage().customers().save(new Customer(CustomerId.of(id), id, List.of(), List.of(), MarketingConsent.NONE,
                Map.of(), source, Instant.parse(registered + "T10:00:00Z")));
        for (String day : firstPurchase) {
            app.storage().purchases().add(TestPurchases.aPurchase(id + "-" + day, CustomerId.of(id),
                    LocalDate.parse(day), "25.00"));
        }
    }

    @Test
    void convertedCustomersCostsAndTimeToConvertBySourceWithoutFits() {
        AcquisitionSource fair = AcquisitionSource.of("fair", Money.of("30.00", "USD"));
        customer("a", fair, "2024-01-01", "2024-01-11");             // bought 10 days after registering
        customer("b", fair, "2024-01-01", "2024-01-21", "2024-02-01"); // first purchase 20 days after
        customer("c", fair, "2024-01-01");                             // a prospect
        customer("d", AcquisitionSource.of("web"), "2024-01-01", "2024-07-01"); // bought after the date
        customer("e", fair, "2024-06-29");                             // registered after the date

        AcquisitionReportUseCase.AcquisitionReport r = app.useCase(AcquisitionReportUseCase.class)
                .report(Optional.of(LocalDate.of(2024, 6, 1)));

        assertThat(r.currency()).isEqualTo("USD");
        assertThat(r.sources()).extracting(AcquisitionEconomics.SourceRow::source).containsExactly("fair", "web");
        AcquisitionEconomics.SourceRow f = r.sources().get(0);
        assertThat(f.customers()).isEqualTo(3);
        assertThat(f.converted()).isEqualTo(2);
        assertThat(f.medianDaysToConvert().getAsDouble()).isEqualTo(15.0);
        assertThat(f.acquisitionCost()).contains(Money.of("90.00", "USD"));
        assertThat(f.costPerConverted()).contains(Money.of("45.00", "USD"));
        assertThat(f.meanClv()).isEmpty();
        assertThat(r.sources().get(1).converted()).isZero();
        assertThat(r.notes()).singleElement().asString().contains("no CLV");
    }

    @Test
    void aCampaignAcquiresItsProspectsContactedAgainstControlAtItsCost() {
        AcquisitionSource web = AcquisitionSource.of("web");
        customer("p1", web, "2024-01-01", "2024-03-11");   // contacted prospect, bought 10 days after the start
        customer("p2", web, "2024-01-01");                 // contacted prospect, never bought
        customer("old", web, "2024-01-01", "2024-01-11");  // contacted, a customer before the start: left out
        customer("q1", web, "2024-01-01", "2024-03-21");   // held out, bought 20 days after the start
        customer("q2", web, "2024-01-01");                 // held out, never bought
        CampaignId id = CampaignId.of("spring");
        app.storage().campaigns().start(new Campaign(id, "Spring", "everyone", 1, ContactChannel.EMAIL, "offer",
                Money.of("2.00", "USD"), Money.of("10.00", "USD"), 0.4, 1, LocalDate.of(2024, 3, 1), 30, 0,
                Instant.parse("2024-03-01T08:00:00Z")), List.of(
                new CampaignMember(id, CustomerId.of("p1"), CampaignGroup.TREATED),
                new CampaignMember(id, CustomerId.of("p2"), CampaignGroup.TREATED),
                new CampaignMember(id, CustomerId.of("old"), CampaignGroup.TREATED),
                new CampaignMember(id, CustomerId.of("q1"), CampaignGroup.CONTROL),
                new CampaignMember(id, CustomerId.of("q2"), CampaignGroup.CONTROL)));

        AcquisitionReportUseCase.AcquisitionReport r = app.useCase(AcquisitionReportUseCase.class)
                .report(Optional.of(LocalDate.of(2024, 6, 1)));

        assertThat(r.campaigns()).extracting(AcquisitionEconomics.SourceRow::source)
                .containsExactly("spring contacted", "spring control");
        AcquisitionEconomics.SourceRow contacted = r.campaigns().get(0);
        assertThat(contacted.customers()).isEqualTo(2);
        assertThat(contacted.converted()).isOne();
        assertThat(contacted.medianDaysToConvert().getAsDouble()).isEqualTo(10.0);
        // Each of the three contacted carries 2.00 + 10.00 / 3 = 5.33; the two prospects among them 10.66.
        assertThat(contacted.acquisitionCost()).contains(Money.of("10.66", "USD"));
        assertThat(contacted.costPerConverted()).contains(Money.of("10.66", "USD"));
        AcquisitionEconomics.SourceRow control = r.campaigns().get(1);
        assertThat(control.customers()).isEqualTo(2);
        assertThat(control.converted()).isOne();
        assertThat(control.medianDaysToConvert().getAsDouble()).isEqualTo(20.0);
        assertThat(control.acquisitionCost()).isEmpty();
        assertThat(app.useCase(AcquisitionReportUseCase.class).report(Optional.of(LocalDate.of(2024, 2, 29)))
                .campaigns()).as("a campaign not started by the date").isEmpty();
    }
}
