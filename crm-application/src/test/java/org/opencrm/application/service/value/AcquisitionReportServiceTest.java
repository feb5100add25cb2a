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
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.fixtures.TestPurchases;
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
}
