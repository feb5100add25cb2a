package org.opencrm.application.service.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.acquisition.ProspectReportUseCase;
import org.opencrm.domain.acquisition.ProspectScoring;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;

class ProspectReportServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private final FakeApplication app = new FakeApplication();
    private final ProspectReportUseCase prospects = app.useCase(ProspectReportUseCase.class);

    /** 60 buyers: the fair's spend more; 10 prospects, half from the fair. */
    private void aBase(boolean fitted) {
        Random random = new Random(5);
        for (int i = 0; i < 70; i++) {
            boolean fair = i % 2 == 0;
            CustomerId id = CustomerId.of(String.format("c%02d", i));
            app.storage().customers().save(new Customer(id, "C" + i, List.of(), List.of(), MarketingConsent.NONE,
                    Map.of("city", fair ? "上海" : "北京"), AcquisitionSource.of(fair ? "fair" : "web"),
                    Instant.parse("2024-01-01T00:00:00Z")));
            if (i < 60) {
                int purchases = fair ? 4 + random.nextInt(4) : 1 + random.nextInt(2);
                for (int p = 0; p < purchases; p++) {
                    app.storage().purchases().add(TestPurchases.aPurchase(id.value() + "-" + p, id,
                            LocalDate.of(2024, 1, 5).plusDays(20L * p + random.nextInt(10)), fair ? "120.00" : "15.00"));
                }
            }
        }
        if (fitted) {
            app.storage().models().save(new FittedModel(ModelKind.MBG_NBD, Map.of("r", 0.6, "alpha", 9.9, "a", 0.5,
                    "b", 0.86), -1000, AS_OF, ModelTimeUnit.WEEKS, 60, Instant.parse("2026-01-01T00:00:00Z"), true, 10));
            app.storage().models().save(new FittedModel(ModelKind.GAMMA_GAMMA, Map.of("p", 5.1, "q", 4.0,
                    "gamma", 21.3), -1000, AS_OF, ModelTimeUnit.WEEKS, 60, Instant.parse("2026-01-01T00:00:00Z"), true, 10));
        }
    }

    @Test
    void prospectsLikeTheBestCustomersComeFirstWithTheirReasons() {
        aBase(true);
        ProspectReportUseCase.ProspectReport r = prospects.report(Optional.of(AS_OF), 4);
        assertThat(r.prospects()).isEqualTo(10);
        assertThat(r.bestCustomers() + r.otherCustomers()).isEqualTo(60);
        assertThat(r.top()).hasSize(4).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        // The fair's customers buy more and dearer: the fair's and 上海's weights are positive, so its prospects lead.
        assertThat(r.top()).allSatisfy(s -> assertThat(s.reasons()).extracting(ProspectScoring.Contribution::feature)
                .contains("source=fair"));
        assertThat(r.top()).extracting(s -> s.customer().value()).containsExactly("c60", "c62", "c64", "c66");
        assertThat(r.top().get(0).reasons()).extracting(ProspectScoring.Contribution::feature)
                .containsExactlyInAnyOrder("source=fair", "city=上海");
        assertThat(r.top().get(0).reasons()).allSatisfy(c -> assertThat(c.weight()).isPositive());
    }

    @Test
    void refusedWithoutFitsAndForANonsenseTop() {
        aBase(false);
        assertThatThrownBy(() -> prospects.report(Optional.of(AS_OF), 5))
                .isInstanceOf(ReportNotComputableException.class).hasMessageContaining("crm model fit");
        assertThatThrownBy(() -> prospects.report(Optional.of(AS_OF), 0)).hasMessageContaining("'top'");
    }
}
