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
import org.opencrm.application.port.in.value.ChurnPolicy;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.application.service.lifecycle.ModelFits;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ExpansionRule;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.lifecycle.ManagementPhase;
import org.opencrm.domain.lifecycle.RecencyChurnSignal;

class LifecycleReportServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private final FakeStorage storage = new FakeStorage();
    private final LifecycleReportService service = new LifecycleReportService(storage.purchases(),
            new LifecycleRules(new ModelFits(storage.models()), ChurnPolicy.DEFAULT, RecencyChurnSignal.DEFAULT,
                    ExpansionRule.DEFAULT),
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

    @Test
    void derivingOnSeveralThreadsCountsExactlyWhatOneThreadCounts() {
        // Enough customers for many hand-over chunks, in every stage, with two currencies.
        java.util.Random random = new java.util.Random(7);
        for (int c = 0; c < 12_000; c++) {
            String id = "c" + c;
            customer(id, LocalDate.of(2022, 1, 1).plusDays(random.nextInt(900)));
            int purchases = random.nextInt(8);
            for (int p = 0; p < purchases; p++) {
                LocalDate day = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1_090));
                String amount = (1 + random.nextInt(500)) + "." + (10 + random.nextInt(90));
                storage.purchases().add(c % 50 == 0
                        ? org.opencrm.domain.purchase.Purchase.of(org.opencrm.domain.purchase.PurchaseId.of(id + "-" + p),
                                CustomerId.of(id), day.atStartOfDay().toInstant(ZoneOffset.UTC),
                                org.opencrm.domain.money.Money.of(amount, "EUR"))
                        : aPurchase(id + "-" + p, CustomerId.of(id), day, amount));
            }
        }
        LifecycleReportUseCase.Query query = new LifecycleReportUseCase.Query(Optional.of(AS_OF), Optional.empty());
        LifecycleReport alone = threads(1).report(query);
        assertThat(alone.customers()).isEqualTo(12_000);
        assertThat(alone.stages()).allSatisfy(s -> assertThat(s.customers()).as("%s", s.stage()).isPositive());
        assertThat(alone.revenue().byCurrency()).containsKeys("USD", "EUR");
        assertThat(threads(3).report(query)).isEqualTo(alone);
        assertThat(service.report(query)).isEqualTo(alone);
    }

    @Test
    void revenueShouldAddUpTheLargestStorableAmountsExactlyPastTheRangeOfALong() {
        customer("rich", LocalDate.of(2024, 1, 1));
        customer("richer", LocalDate.of(2024, 1, 1));
        // 10^15 minor units each: past 9,223 of them a long would wrap; these add up to 2 × 10^19 minor units.
        for (int i = 0; i < 20_000; i++) {
            storage.purchases().add(aPurchase("big-" + i, CustomerId.of(i % 2 == 0 ? "rich" : "richer"),
                    LocalDate.of(2024, 1, 1).plusDays(i % 300), "10000000000000.00"));
        }
        for (int threads : new int[] {1, 3}) {
            LifecycleReport r = threads(threads).report(LifecycleReportUseCase.Query.asOf(AS_OF));
            assertThat(r.revenue().byCurrency().get("USD")).isEqualByComparingTo("200000000000000000.00");
            assertThat(r.stages().stream().map(s -> s.revenue().byCurrency().getOrDefault("USD", BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("200000000000000000.00");
        }
    }

    private LifecycleReportService threads(int n) {
        return new LifecycleReportService(storage.purchases(),
                new LifecycleRules(new ModelFits(storage.models()), ChurnPolicy.DEFAULT, RecencyChurnSignal.DEFAULT,
                    ExpansionRule.DEFAULT),
                Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC), n);
    }

    private void customer(String id, LocalDate created) {
        storage.customers().save(Customer.named(CustomerId.of(id), "Customer " + id,
                created.atStartOfDay().toInstant(ZoneOffset.UTC)));
    }

    private static LifecycleReport.StageRow stage(LifecycleReport r, LifecycleStage stage) {
        return r.stages().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }
}
