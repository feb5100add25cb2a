package org.opencrm.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencrm.domain.lifecycle.LifecycleStage.ACTIVE;
import static org.opencrm.domain.lifecycle.LifecycleStage.AT_RISK;
import static org.opencrm.domain.lifecycle.LifecycleStage.EXPANDING;
import static org.opencrm.domain.lifecycle.LifecycleStage.LAPSED;
import static org.opencrm.domain.lifecycle.LifecycleStage.NEW;
import static org.opencrm.domain.lifecycle.LifecycleStage.PROSPECT;
import static org.opencrm.domain.lifecycle.LifecycleStage.WON_BACK;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;

class LifecycleDerivationTest {

    private static final LocalDate D0 = LocalDate.of(2024, 1, 10);
    private final LifecycleDerivation derivation =
            new LifecycleDerivation(RecencyChurnSignal.DEFAULT, ExpansionRule.DEFAULT);

    @Test
    void aCustomerWithoutPurchasesIsAProspect() {
        LifecycleHistory h = derive(history(D0.minusDays(5)), D0.plusYears(1));
        assertThat(h.current()).isEqualTo(PROSPECT);
        assertThat(h.current().phase()).isEqualTo(ManagementPhase.SELECTION);
        assertThat(h.transitions()).hasSize(1);
    }

    @Test
    void aCustomerNotYetKnownHasNoLifecycle() {
        assertThat(derivation.derive(history(D0), D0.minusDays(1))).isEmpty();
    }

    @Test
    void aOneTimeBuyerIsNewThenAtRiskThenLapsedOnTheDefaultGap() {
        PurchaseHistory h = history(D0, fact(D0, "20.00"));
        assertThat(derive(h, D0).current()).isEqualTo(NEW);
        // 90-day default gap: at risk after 180 quiet days, lapsed after 360.
        assertThat(derive(h, D0.plusDays(180)).current()).isEqualTo(NEW);
        assertThat(derive(h, D0.plusDays(181)).current()).isEqualTo(AT_RISK);
        LifecycleHistory later = derive(h, D0.plusDays(400));
        assertThat(later.current()).isEqualTo(LAPSED);
        assertThat(later.transitions()).extracting(LifecycleTransition::on)
                .containsExactly(D0, D0, D0.plusDays(181), D0.plusDays(361));
        assertThat(later.transitions().get(3).reason()).contains("lapsed after 360");
    }

    @Test
    void purchasesBringCustomersBackAndWinBackIsItsOwnStage() {
        List<PurchaseFact> facts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            facts.add(fact(D0.plusDays(10L * i), "10.00"));
        }
        LocalDate last = D0.plusDays(40);
        facts.add(fact(last.plusDays(100), "10.00"));   // gap 10: at risk after 30, lapsed after 60
        facts.add(fact(last.plusDays(110), "10.00"));
        LifecycleHistory h = derive(history(D0, facts.toArray(PurchaseFact[]::new)), last.plusDays(111));

        assertThat(h.transitions()).extracting(t -> t.from().orElse(null), LifecycleTransition::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(null, PROSPECT),
                        org.assertj.core.groups.Tuple.tuple(PROSPECT, NEW),
                        org.assertj.core.groups.Tuple.tuple(NEW, ACTIVE),
                        org.assertj.core.groups.Tuple.tuple(ACTIVE, AT_RISK),
                        org.assertj.core.groups.Tuple.tuple(AT_RISK, LAPSED),
                        org.assertj.core.groups.Tuple.tuple(LAPSED, WON_BACK),
                        org.assertj.core.groups.Tuple.tuple(WON_BACK, ACTIVE));
        assertThat(h.stageOn(last.plusDays(30))).contains(ACTIVE);
        assertThat(h.stageOn(last.plusDays(31))).contains(AT_RISK);
        assertThat(h.stageOn(last.plusDays(61))).contains(LAPSED);
        assertThat(h.current().phase()).isEqualTo(ManagementPhase.RETENTION);
    }

    @Test
    void risingSpendMakesAnActiveCustomerExpanding() {
        PurchaseHistory h = history(D0, fact(D0, "10"), fact(D0.plusDays(5), "10"), fact(D0.plusDays(10), "10"),
                fact(D0.plusDays(15), "30"), fact(D0.plusDays(20), "30"));
        LifecycleHistory at = derive(h, D0.plusDays(20));
        assertThat(at.current()).isEqualTo(EXPANDING);
        assertThat(at.stageOn(D0.plusDays(14))).contains(ACTIVE);
        assertThat(at.stageOn(D0.plusDays(15))).contains(EXPANDING);
        assertThat(at.transitions().get(at.transitions().size() - 1).reason()).startsWith("spend rising");
    }

    @Test
    void buyingIntoANewCategoryIsExpansion() {
        PurchaseHistory h = history(D0, fact(D0, "10", "jazz"), fact(D0.plusDays(5), "10", "jazz"),
                fact(D0.plusDays(9), "10", "classical"));
        LifecycleHistory at = derive(h, D0.plusDays(9));
        assertThat(at.current()).isEqualTo(EXPANDING);
        assertThat(at.transitions().get(at.transitions().size() - 1).reason()).contains("classical");
    }

    @Test
    void sameDayPurchasesAreOnePurchaseDay() {
        PurchaseHistory h = history(D0, fact(D0, "10"), fact(D0, "5"));
        assertThat(derive(h, D0.plusDays(1)).current()).isEqualTo(NEW);
    }

    @Test
    void anyMonotoneChurnSignalPlugsInWithoutChangingTheDerivation() {
        // A stand-in for P(alive): only the interface is used, transition days come from bisection.
        ChurnSignal strict = (pattern, day) -> {
            long quiet = pattern.daysSinceLastPurchase(day);
            return new ChurnAssessment(quiet > 15 ? ChurnStatus.LAPSED : quiet > 5 ? ChurnStatus.AT_RISK
                    : ChurnStatus.ALIVE, "quiet " + quiet);
        };
        LifecycleHistory h = new LifecycleDerivation(strict, ExpansionRule.DEFAULT)
                .derive(history(D0, fact(D0, "10")), D0.plusDays(30)).orElseThrow();
        assertThat(h.stageOn(D0.plusDays(5))).contains(NEW);
        assertThat(h.stageOn(D0.plusDays(6))).contains(AT_RISK);
        assertThat(h.stageOn(D0.plusDays(15))).contains(AT_RISK);
        assertThat(h.stageOn(D0.plusDays(16))).contains(LAPSED);
    }

    @Test
    void reRunningForAPastDateGivesTheSameStageAsTheLaterHistorySays() {
        PurchaseHistory h = history(D0, fact(D0, "10"), fact(D0.plusDays(40), "12"), fact(D0.plusDays(200), "50"),
                fact(D0.plusDays(210), "80"), fact(D0.plusDays(600), "5"));
        LifecycleHistory full = derive(h, D0.plusDays(900));
        for (int d = 0; d <= 900; d += 7) {
            LocalDate day = D0.plusDays(d);
            assertThat(derive(h, day).current()).as("stage on %s", day).isEqualTo(full.stageOn(day).orElseThrow());
        }
    }

    private LifecycleHistory derive(PurchaseHistory h, LocalDate asOf) {
        return derivation.derive(h, asOf).orElseThrow();
    }

    private static PurchaseHistory history(LocalDate since, PurchaseFact... facts) {
        return new PurchaseHistory(CustomerId.of("c"), since, List.of(facts));
    }

    private static PurchaseFact fact(LocalDate day, String amount) {
        return PurchaseFact.of(day, Money.of(amount, "USD"));
    }

    private static PurchaseFact fact(LocalDate day, String amount, String category) {
        return new PurchaseFact(day, Money.of(amount, "USD"), Set.of(Category.of(category)));
    }

}
