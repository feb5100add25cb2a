package org.opencrm.application.service.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.model.FindModelUseCase;
import org.opencrm.application.port.in.model.FitModelUseCase;
import org.opencrm.application.port.in.value.TierReport;
import org.opencrm.application.port.in.value.TierReportUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValueReport;
import org.opencrm.application.port.in.value.ValueReportUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.fixtures.TestCustomers;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;
import org.opencrm.domain.value.grid.TierMovements;

/** Fits stored and found by date, and the value reports that read them, over the fake store. */
class ModelServiceTest {

    private static final LocalDate CALIBRATION_END = LocalDate.of(2024, 6, 30);
    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private final FakeApplication app = new FakeApplication();
    private final FitModelUseCase fit = app.useCase(FitModelUseCase.class);
    private final FindModelUseCase models = app.useCase(FindModelUseCase.class);

    /** 200 customers from January 2024, some buying once, some every few weeks, some gone quiet. */
    ModelServiceTest() {
        Random random = new Random(7);
        for (int c = 0; c < 200; c++) {
            String id = String.format("c%03d", c);
            app.storage().customers().save(TestCustomers.aCustomer(id, "C" + c, "x" + c));
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60));
            int purchases = c % 3 == 0 ? 1 : 1 + random.nextInt(10);
            for (int p = 0; p < purchases && !day.isAfter(AS_OF); p++) {
                app.storage().purchases().add(TestPurchases.aPurchase(id + "-" + p, CustomerId.of(id), day,
                        (5 + random.nextInt(60)) + ".00"));
                day = day.plusDays(3 + random.nextInt(45));
            }
        }
    }

    @Test
    void aFitIsStoredWithItsCalibrationEndAndTheLatestIsFound() {
        FittedModel first = fit.fit(new FitModelUseCase.Command(ModelKind.BG_NBD, CALIBRATION_END, ModelTimeUnit.WEEKS));
        assertThat(first.calibrationEnd()).isEqualTo(CALIBRATION_END);
        assertThat(first.customers()).isEqualTo(200);
        assertThat(first.converged()).isTrue();
        assertThat(first.parameters()).containsKeys("r", "alpha", "a", "b");
        assertThat(first.fittedAt()).isEqualTo(FakeApplication.NOW);
        FittedModel second = fit.fit(new FitModelUseCase.Command(ModelKind.BG_NBD, CALIBRATION_END.plusMonths(3),
                ModelTimeUnit.WEEKS));
        assertThat(second.parameters()).isNotEqualTo(first.parameters()); // three more months of purchases
        assertThat(models.history(ModelKind.BG_NBD)).containsExactlyInAnyOrder(first, second);
        assertThat(models.latest(ModelKind.BG_NBD)).isPresent();
        assertThat(models.latest(ModelKind.PARETO_NBD)).isEmpty();
    }

    @Test
    void aCalibrationEndBeforeEveryPurchaseIsRefused() {
        assertThatThrownBy(() -> fit.fit(new FitModelUseCase.Command(ModelKind.BG_NBD, LocalDate.of(2023, 1, 1),
                ModelTimeUnit.WEEKS))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calibrationEnd");
        assertThat(models.history(ModelKind.BG_NBD)).isEmpty();
    }

    @Test
    void theValueReportAddsUpOverTiersCellsAndCustomers() {
        fit.fit(new FitModelUseCase.Command(ModelKind.MBG_NBD, CALIBRATION_END, ModelTimeUnit.WEEKS));
        fit.fit(new FitModelUseCase.Command(ModelKind.GAMMA_GAMMA, CALIBRATION_END, ModelTimeUnit.WEEKS));
        ValueReport r = app.useCase(ValueReportUseCase.class).report(new ValueReportUseCase.Query(Optional.of(AS_OF),
                ValueAssumptions.DEFAULT));
        assertThat(r.customers()).isEqualTo(200);
        assertThat(r.tiers().stream().mapToLong(ValueReport.TierRow::customers).sum()).isEqualTo(200);
        assertThat(r.grid().stream().mapToLong(ValueReport.GridCell::customers).sum()).isEqualTo(200);
        Money tierClv = r.tiers().stream().map(ValueReport.TierRow::clv).reduce(Money::plus).orElseThrow();
        assertThat(tierClv).isEqualTo(r.clvTotal());
        assertThat(r.tiers().stream().map(ValueReport.TierRow::share).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1");
        assertThat(r.purchaseModel().kind()).isEqualTo(ModelKind.MBG_NBD);

        TierReport moves = app.useCase(TierReportUseCase.class).movements(new TierReportUseCase.Query(CALIBRATION_END,
                AS_OF, ValueAssumptions.DEFAULT));
        TierMovements m = moves.movements();
        // Everyone had bought by the first date: each moved up, down or stayed; nobody is new.
        assertThat(m.upgrades() + m.downgrades() + m.unchanged()).isEqualTo(200);
        assertThat(moves.entered()).isZero();
        assertThat(moves.sizesTo().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(200);
    }

    @Test
    void withoutAFitCalibratedByTheDateTheValueReportSaysWhichFitToRun() {
        fit.fit(new FitModelUseCase.Command(ModelKind.MBG_NBD, CALIBRATION_END, ModelTimeUnit.WEEKS));
        assertThatThrownBy(() -> app.useCase(ValueReportUseCase.class).report(new ValueReportUseCase.Query(
                Optional.of(LocalDate.of(2024, 3, 31)), ValueAssumptions.DEFAULT)))
                .hasMessageContaining("crm model fit");
        assertThat(List.of(models.latest(ModelKind.MBG_NBD).orElseThrow().calibrationEnd())).containsExactly(CALIBRATION_END);
    }
}
