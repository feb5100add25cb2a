package org.opencrm.application.service.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.customer.CustomerProfile;
import org.opencrm.application.port.in.customer.CustomerProfileUseCase;
import org.opencrm.application.port.in.value.ChurnPolicy;
import org.opencrm.application.port.in.value.LoyaltyReport;
import org.opencrm.application.port.in.value.LoyaltyReportUseCase;
import org.opencrm.application.port.in.report.RfmReport;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValueReport;
import org.opencrm.application.port.in.value.ValueReportUseCase;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.application.service.value.RelationshipStandings;
import org.opencrm.domain.complaint.ComplaintSla;
import org.opencrm.application.service.lifecycle.ModelFits;
import org.opencrm.application.service.report.RfmReportService;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.lifecycle.ExpansionRule;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.lifecycle.RecencyChurnSignal;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;

/** A customer's profile says, for them, exactly what each whole-base report says. */
class CustomerProfileServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(1998, 6, 30);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final int CUSTOMERS = 120;

    private final FakeStorage storage = new FakeStorage();
    private final ModelFits fits = new ModelFits(storage.models());
    private final CustomerValuation valuation = new CustomerValuation(storage.purchases(), fits, ChurnPolicy.DEFAULT, CLOCK);
    private final ValueReportService value = new ValueReportService(valuation, storage.customers());
    private final RfmReportService rfm = new RfmReportService(storage.purchases(), CLOCK);
    private final CustomerProfileService profiles = new CustomerProfileService(storage.customers(), storage.purchases(),
            storage.products(), new LifecycleRules(fits, ChurnPolicy.DEFAULT, RecencyChurnSignal.DEFAULT,
            ExpansionRule.DEFAULT), rfm, valuation, new RelationshipStandings(storage.complaints(), storage.followUps(),
            storage.surveyResponses(), storage.interactions(), ComplaintSla.DEFAULT, CLOCK), storage.merges(), CLOCK);

    @Test
    void everyCustomersProfileShouldAddUpToTheWholeBaseReports() {
        aBaseOfBuyers(true);
        ValueReport values = value.report(new ValueReportUseCase.Query(Optional.of(AS_OF), ValueAssumptions.DEFAULT));
        LoyaltyReport loyalty = value.report(new LoyaltyReportUseCase.Query(Optional.of(AS_OF), ValueAssumptions.DEFAULT,
                OptionalDouble.empty()));
        RfmReport segments = rfm.report(new RfmReportUseCase.Query(Optional.of(AS_OF), 5, RfmValues.Monetary.AVERAGE,
                RfmSegmentMap.STANDARD));

        Map<RelationshipTier, Long> tiers = new EnumMap<>(RelationshipTier.class);
        Map<ReinartzKumarClass, Long> classes = new EnumMap<>(ReinartzKumarClass.class);
        Map<String, Long> bySegment = new java.util.HashMap<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            CustomerProfile p = profiles.profile(new CustomerProfileUseCase.Query(id(c), Optional.of(AS_OF)));
            CustomerProfile.Value v = p.value().orElseThrow();
            LifecycleStage stage = p.lifecycle().orElseThrow().stage();
            // One status: the lifecycle stage and the churn status come from the same P(alive).
            assertThat(stage == LifecycleStage.LAPSED).isEqualTo(v.status() == ChurnStatus.LAPSED);
            assertThat(stage == LifecycleStage.AT_RISK).isEqualTo(v.status() == ChurnStatus.AT_RISK);
            if (v.status() == ChurnStatus.LAPSED) {
                assertThat(v.loyaltyClass()).isIn(ReinartzKumarClass.BUTTERFLIES, ReinartzKumarClass.STRANGERS);
            }
            assertThat(v.purchaseModel().calibrationEnd()).isEqualTo(AS_OF);
            tiers.merge(v.tier(), 1L, Long::sum);
            classes.merge(v.loyaltyClass(), 1L, Long::sum);
            bySegment.merge(p.rfm().orElseThrow().segment(), 1L, Long::sum);
        }
        values.tiers().forEach(t -> assertThat(tiers.getOrDefault(t.tier(), 0L)).as(t.tier().name()).isEqualTo(t.customers()));
        loyalty.classes().forEach(c -> assertThat(classes.getOrDefault(c.loyaltyClass(), 0L))
                .as(c.loyaltyClass().name()).isEqualTo(c.customers()));
        segments.segments().forEach(s -> assertThat(bySegment.getOrDefault(s.segment(), 0L)).as(s.segment())
                .isEqualTo(s.customers()));
    }

    @Test
    void aProfileShouldSayWhichPartsHaveNoDataAndWhy() {
        aBaseOfBuyers(false);
        storage.customers().save(Customer.named(CustomerId.of("prospect"), "Prospect",
                Instant.parse("1998-01-01T00:00:00Z")));

        CustomerProfile prospect = profiles.profile(new CustomerProfileUseCase.Query(CustomerId.of("prospect"),
                Optional.of(AS_OF)));
        assertThat(prospect.lifecycle().orElseThrow().stage()).isEqualTo(LifecycleStage.PROSPECT);
        assertThat(prospect.rfm()).isEmpty();
        assertThat(prospect.value()).isEmpty();
        assertThat(prospect.notes()).anySatisfy(n -> assertThat(n).contains("no purchase on or before 1998-06-30"));

        CustomerProfile unfitted = profiles.profile(new CustomerProfileUseCase.Query(id(1), Optional.of(AS_OF)));
        assertThat(unfitted.rfm()).isPresent();
        assertThat(unfitted.value()).isEmpty();
        assertThat(unfitted.lifecycle().orElseThrow().churnSignal()).startsWith("recency rule");
        assertThat(unfitted.notes()).anySatisfy(n -> assertThat(n).contains("no mbgnbd and gamma-gamma fits calibrated"));
        assertThat(unfitted.valueOrientation().orElseThrow().insufficientData()).isPresent();

        assertThatThrownBy(() -> profiles.profile(new CustomerProfileUseCase.Query(CustomerId.of("nobody"),
                Optional.of(AS_OF)))).isInstanceOf(CustomerNotFoundException.class);
    }

    private void aBaseOfBuyers(boolean fitted) {
        Random random = new Random(7);
        for (int c = 0; c < CUSTOMERS; c++) {
            LocalDate first = LocalDate.of(1997, 1, 1).plusDays(random.nextInt(90));
            storage.customers().save(Customer.named(id(c), "Customer " + c, first.atStartOfDay().toInstant(ZoneOffset.UTC)));
            int purchases = 1 + (c % 3 == 0 ? 0 : random.nextInt(12));
            LocalDate day = first;
            for (int p = 0; p < purchases && !day.isAfter(AS_OF); p++) {
                storage.purchases().add(aPurchase(c + "-" + p, id(c), day,
                        (10 + random.nextInt(90)) + "." + (10 + random.nextInt(90))));
                day = day.plusDays(1 + random.nextInt(60));
            }
        }
        if (fitted) {
            storage.models().save(new FittedModel(ModelKind.MBG_NBD, Map.of("r", 0.6, "alpha", 9.9, "a", 0.5, "b", 0.86),
                    -1000, AS_OF, ModelTimeUnit.WEEKS, CUSTOMERS, Instant.parse("2026-01-01T00:00:00Z"), true, 10));
            storage.models().save(new FittedModel(ModelKind.GAMMA_GAMMA, Map.of("p", 5.1, "q", 4.0, "gamma", 21.3),
                    -1000, AS_OF, ModelTimeUnit.WEEKS, CUSTOMERS, Instant.parse("2026-01-01T00:00:00Z"), true, 10));
        }
    }

    private static CustomerId id(int c) {
        return CustomerId.of(String.format("c%03d", c));
    }
}
