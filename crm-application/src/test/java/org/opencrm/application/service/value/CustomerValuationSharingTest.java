package org.opencrm.application.service.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.value.ChurnPolicy;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.service.lifecycle.ModelFits;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;

class CustomerValuationSharingTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @Test
    void reportsOfOneBatchShareAValuationAndOthersDoNot() {
        FakeStorage storage = new FakeStorage();
        for (String id : List.of("c0", "c1")) {
            storage.customers().save(new org.opencrm.domain.customer.Customer(CustomerId.of(id), id, List.of(),
                    List.of(), org.opencrm.domain.customer.MarketingConsent.NONE, Map.of(),
                    org.opencrm.domain.customer.AcquisitionSource.UNKNOWN, Instant.parse("2024-01-01T00:00:00Z")));
        }
        for (int i = 0; i < 5; i++) {
            storage.purchases().add(TestPurchases.aPurchase("p" + i, CustomerId.of("c" + (i % 2)),
                    LocalDate.of(2024, 1, 5).plusDays(30L * i), "20.00"));
        }
        storage.models().save(new FittedModel(ModelKind.MBG_NBD, Map.of("r", 0.6, "alpha", 9.9, "a", 0.5, "b", 0.86),
                -1000, AS_OF, ModelTimeUnit.WEEKS, 2, Instant.parse("2026-01-01T00:00:00Z"), true, 10));
        storage.models().save(new FittedModel(ModelKind.GAMMA_GAMMA, Map.of("p", 5.1, "q", 4.0, "gamma", 21.3), -1000,
                AS_OF, ModelTimeUnit.WEEKS, 2, Instant.parse("2026-01-01T00:00:00Z"), true, 10));
        CustomerValuation valuation = new CustomerValuation(storage.purchases(), new ModelFits(storage.models()),
                ChurnPolicy.DEFAULT, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

        CustomerValuation.Result[] inBatch = CustomerValuation.sharing(() -> new CustomerValuation.Result[] {
            valuation.valueAt(List.of(AS_OF), ValueAssumptions.DEFAULT),
            valuation.valueAt(List.of(AS_OF), ValueAssumptions.DEFAULT),
            valuation.valueAt(List.of(AS_OF.plusDays(1)), ValueAssumptions.DEFAULT)});
        assertThat(inBatch[1]).isSameAs(inBatch[0]);
        assertThat(inBatch[2]).isNotSameAs(inBatch[0]);
        CustomerValuation.Result after = valuation.valueAt(List.of(AS_OF), ValueAssumptions.DEFAULT);
        assertThat(after).isNotSameAs(inBatch[0]).isEqualTo(inBatch[0]);
        assertThat(after.snapshots().get(0).customers()).hasSize(2);
    }
}
