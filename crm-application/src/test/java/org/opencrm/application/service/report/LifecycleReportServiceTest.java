package org.opencrm.application.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ExpansionRule;
import org.opencrm.domain.lifecycle.LifecycleDerivation;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.lifecycle.ManagementPhase;
import org.opencrm.domain.lifecycle.RecencyChurnSignal;

class LifecycleReportServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private final FakeStorage storage = new FakeStorage();
    private final LifecycleReportService service = new LifecycleReportService(storage.purchases(),
            new LifecycleDerivation(RecencyChurnSignal.DEFAULT, ExpansionRule.DEFAULT),
            Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void countsCustomersRevenueTransitionsAndConversionsPerStage() {
        customer("p", LocalDate.of(2024, 12, 1));                        // prospect, registered in the period
        customer("n", LocalDate.of(2024, 12, 1));                        // new: one purchase in December
        storage.purchases().add(aPurchase("n1", CustomerId.of("n"), LocalDate.of(2024, 12, 20), "10.10"));
        customer("a", LocalDate.of(2023, 1, 1));                         // new at the period start, then active
        for (int m = 1; m <= 12; m++) {
            storage.purchases().add(aPurchase("a" + m, CustomerId.of("a"), LocalDate.of(2024, m, 5), "0.10"));
        }
        storage.purchases().add(aPurchase("a0", CustomerId.of("a"), LocalDate.of(2023, 12, 5), "0.20"));
        customer("l", LocalDate.of(2022, 1, 1));                         // one purchase long ago: lapsed
        storage.purchases().add(aPurchase("l1", CustomerId.of("l"), LocalDate.of(2022, 1, 2), "99.00"));
        customer("later", LocalDate.of(2025, 3, 1));                     // not a customer yet on the as-of date

        LifecycleReport r = service.report(new LifecycleReportUseCase.Query(Optional.of(AS_OF), Optional.empty()));

        assertThat(r.periodStart()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(r.customers()).isEqualTo(4);
        assertThat(stage(r, LifecycleStage.PROSPECT).customers()).isEqualTo(1);
        assertThat(stage(r, LifecycleStage.NEW).customers()).isEqualTo(1);
        assertThat(stage(r, LifecycleStage.ACTIVE).customers()).isEqualTo(1);
        assertThat(stage(r, LifecycleStage.LAPSED).customers()).isEqualTo(1);
        assertThat(stage(r, LifecycleStage.ACTIVE).share()).isEqualByComparingTo("0.25");
        // Revenue in the period only: twelve purchases of 0.10 (the 0.20 in 2023 is outside), exact.
        assertThat(stage(r, LifecycleStage.ACTIVE).revenue().byCurrency()).isEqualTo(Map.of("USD", new BigDecimal("1.20")));
        assertThat(r.revenue().byCurrency()).isEqualTo(Map.of("USD", new BigDecimal("11.30")));
        assertThat(r.phases()).filteredOn(p -> p.phase() == ManagementPhase.RETENTION)
                .singleElement().satisfies(p -> assertThat(p.customers()).isEqualTo(1));

        assertThat(r.transitions()).anySatisfy(t -> {
            assertThat(t.from()).contains(LifecycleStage.PROSPECT);
            assertThat(t.to()).isEqualTo(LifecycleStage.NEW);
            assertThat(t.count()).isEqualTo(1);
        });
        assertThat(r.conversions()).anySatisfy(c -> {
            assertThat(c.from()).isEmpty();          // p and n were not customers at the period start
            assertThat(c.to()).isEqualTo(LifecycleStage.PROSPECT);
            assertThat(c.share()).isEqualByComparingTo("0.5");
        });
        assertThat(r.conversions()).anySatisfy(c -> {
            assertThat(c.from()).contains(LifecycleStage.NEW);   // one purchase (2023-12-05) by the period start
            assertThat(c.to()).isEqualTo(LifecycleStage.ACTIVE);
            assertThat(c.share()).isEqualByComparingTo("1");
        });
    }

    @Test
    void defaultsToTodayOnTheInjectedClock() {
        customer("x", LocalDate.of(2029, 6, 1));
        LifecycleReport r = service.report(new LifecycleReportUseCase.Query(Optional.empty(), Optional.empty()));
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThat(r.customers()).isEqualTo(1);
    }

    private void customer(String id, LocalDate created) {
        storage.customers().save(Customer.named(CustomerId.of(id), "Customer " + id,
                created.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private static LifecycleReport.StageRow stage(LifecycleReport r, LifecycleStage stage) {
        return r.stages().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }
}
