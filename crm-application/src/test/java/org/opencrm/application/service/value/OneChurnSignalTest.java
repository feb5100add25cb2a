package org.opencrm.application.service.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.ModelNotFittedException;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.value.ChurnPolicy;
import org.opencrm.application.port.in.value.ChurnReport;
import org.opencrm.application.port.in.value.ChurnReportUseCase;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.value.LoyaltyReport;
import org.opencrm.application.port.in.value.LoyaltyReportUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValueReport;
import org.opencrm.application.port.in.value.ValueReportUseCase;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.application.service.lifecycle.ModelFits;
import org.opencrm.application.service.report.LifecycleReportService;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ExpansionRule;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.lifecycle.RecencyChurnSignal;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;

/**
 * One customer has one status: the lifecycle, churn and loyalty reports read it from the same fit and the same
 * thresholds, and a report as of a date uses only a fit calibrated by then.
 */
class OneChurnSignalTest {

    private static final LocalDate AS_OF = LocalDate.of(1998, 6, 30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    private final FakeStorage storage = new FakeStorage();
    private final ModelFits fits = new ModelFits(storage.models());
    private final CustomerValuation valuation = new CustomerValuation(storage.purchases(), fits, ChurnPolicy.DEFAULT, CLOCK);
    private final ValueReportService value = new ValueReportService(valuation, storage.customers());
    private final LifecycleReportService lifecycle = new LifecycleReportService(storage.purchases(),
            new LifecycleRules(fits, ChurnPolicy.DEFAULT, RecencyChurnSignal.DEFAULT, ExpansionRule.DEFAULT), CLOCK);

    @BeforeEach
    void aBaseOfBuyers() {
        // 300 customers with random histories in 1997-1998: one-time buyers, steady buyers, buyers gone quiet.
        Random random = new Random(42);
        for (int c = 0; c < 300; c++) {
            String id = String.format("c%03d", c);
            LocalDate first = LocalDate.of(1997, 1, 1).plusDays(random.nextInt(90));
            storage.customers().save(Customer.named(CustomerId.of(id), "Customer " + id,
                    first.atStartOfDay().toInstant(ZoneOffset.UTC)));
            int purchases = 1 + (c % 3 == 0 ? 0 : random.nextInt(12));
            LocalDate day = first;
            for (int p = 0; p < purchases && !day.isAfter(AS_OF); p++) {
                storage.purchases().add(aPurchase(id + "-" + p, CustomerId.of(id), day,
                        (10 + random.nextInt(90)) + "." + (10 + random.nextInt(90))));
                day = day.plusDays(1 + random.nextInt(60));
            }
        }
        save(ModelKind.MBG_NBD, LocalDate.of(1997, 9, 30), Map.of("r", 0.525, "alpha", 6.183, "a", 0.891, "b", 1.614));
        save(ModelKind.GAMMA_GAMMA, LocalDate.of(1997, 9, 30), Map.of("p", 6.25, "q", 3.74, "gamma", 15.44));
    }

    @Test
    void lifecycleShouldCountTheSameAtRiskAndLapsedAsTheChurnReportWhenBothUseTheDefaultPolicy() {
        save(ModelKind.MBG_NBD, AS_OF, Map.of("r", 0.6, "alpha", 9.9, "a", 0.5, "b", 0.86));
        save(ModelKind.GAMMA_GAMMA, AS_OF, Map.of("p", 5.1, "q", 4.0, "gamma", 21.3));

        LifecycleReport stages = lifecycle.report(LifecycleReportUseCase.Query.asOf(AS_OF));
        ChurnReport churn = value.report(new ChurnReportUseCase.Query(Optional.of(AS_OF), ValueAssumptions.DEFAULT,
                Optional.empty(), 1000));

        assertThat(churn.purchaseModel().calibrationEnd()).isEqualTo(AS_OF);
        assertThat(stages.churnSignal()).startsWith("P(alive) of mbgnbd (calibrated to 1998-06-30");
        assertThat(churn.atRisk()).isPositive().isEqualTo(count(stages, LifecycleStage.AT_RISK));
        assertThat(churn.lapsed()).isPositive().isEqualTo(count(stages, LifecycleStage.LAPSED));
    }

    @Test
    void aLapsedCustomerShouldNeverBeCountedLoyal() {
        LoyaltyReport loyalty = value.report(new LoyaltyReportUseCase.Query(Optional.of(AS_OF), ValueAssumptions.DEFAULT,
                OptionalDouble.empty()));
        ChurnReport churn = value.report(new ChurnReportUseCase.Query(Optional.of(AS_OF), ValueAssumptions.DEFAULT,
                Optional.empty(), 1000));

        long loyal = loyalty.classes().stream().filter(c -> c.loyaltyClass() == ReinartzKumarClass.TRUE_FRIENDS
                || c.loyaltyClass() == ReinartzKumarClass.BARNACLES).mapToLong(LoyaltyReport.ClassRow::customers).sum();
        assertThat(churn.lapsed()).isPositive();
        assertThat(loyal).isLessThanOrEqualTo(churn.customers() - churn.lapsed());
        assertThat(loyalty.aliveCut()).isEqualTo(ChurnPolicy.DEFAULT.thresholds().atRiskBelow());
    }

    @Test
    void aReportAsOfADateShouldUseTheLatestFitCalibratedByThenAndWarnWhenItIsOld() {
        save(ModelKind.MBG_NBD, LocalDate.of(1998, 6, 30), Map.of("r", 0.6, "alpha", 9.9, "a", 0.5, "b", 0.86));

        ValueReport r = value.report(new ValueReportUseCase.Query(Optional.of(LocalDate.of(1998, 3, 31)),
                ValueAssumptions.DEFAULT));

        assertThat(r.purchaseModel().calibrationEnd()).isEqualTo(LocalDate.of(1997, 9, 30));
        assertThat(r.spendModel().calibrationEnd()).isEqualTo(LocalDate.of(1997, 9, 30));
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("calibrated to 1997-09-30, 182 days before 1998-03-31"));
    }

    @Test
    void aReportAsOfADateBeforeEveryFitShouldBeRefusedNamingTheFitToRun() {
        assertThatThrownBy(() -> value.report(new ValueReportUseCase.Query(Optional.of(LocalDate.of(1997, 6, 30)),
                ValueAssumptions.DEFAULT)))
                .isInstanceOf(ModelNotFittedException.class)
                .hasMessageContaining("no fit of mbgnbd calibrated on or before 1997-06-30")
                .hasMessageContaining("crm model fit --model mbgnbd --calibration-end 1997-06-30");
    }

    @Test
    void aReportAsOfADateShouldNotChangeWhenPurchasesAndFitsAfterThatDateAreAdded() {
        LocalDate asOf = LocalDate.of(1997, 12, 31);
        ValueReport before = value.report(new ValueReportUseCase.Query(Optional.of(asOf), ValueAssumptions.DEFAULT));
        LifecycleReport stagesBefore = lifecycle.report(LifecycleReportUseCase.Query.asOf(asOf));

        storage.purchases().add(aPurchase("late-1", CustomerId.of("c001"), asOf.plusDays(1), "999.99"));
        storage.purchases().add(aPurchase("late-2", CustomerId.of("c003"), asOf.plusDays(30), "5.00"));
        save(ModelKind.MBG_NBD, asOf.plusDays(1), Map.of("r", 2.0, "alpha", 1.0, "a", 3.0, "b", 3.0));
        save(ModelKind.GAMMA_GAMMA, asOf.plusDays(1), Map.of("p", 1.0, "q", 2.0, "gamma", 1.0));

        assertThat(value.report(new ValueReportUseCase.Query(Optional.of(asOf), ValueAssumptions.DEFAULT)))
                .usingRecursiveComparison().isEqualTo(before);
        assertThat(lifecycle.report(LifecycleReportUseCase.Query.asOf(asOf))).isEqualTo(stagesBefore);
    }

    private void save(ModelKind kind, LocalDate calibrationEnd, Map<String, Double> parameters) {
        storage.models().save(new FittedModel(kind, parameters, -1000, calibrationEnd, ModelTimeUnit.WEEKS, 300,
                Instant.parse("2026-01-01T00:00:00Z").plusSeconds(storage.models().findAll(kind).size()), true, 10));
    }

    private static long count(LifecycleReport r, LifecycleStage stage) {
        return r.stages().stream().filter(s -> s.stage() == stage).mapToLong(LifecycleReport.StageRow::customers).sum();
    }
}
