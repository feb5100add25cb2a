package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ExpansionRule;
import org.opencrm.domain.lifecycle.LifecycleDerivation;
import org.opencrm.domain.lifecycle.LifecycleHistory;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.lifecycle.PurchasePattern;
import org.opencrm.domain.money.Money;

/** P(alive) takes the recency rule's place in the lifecycle without the derivation changing. */
class AliveChurnSignalTest {

    private static final LocalDate D0 = LocalDate.of(1997, 1, 1);
    private final AliveChurnSignal signal = new AliveChurnSignal(
            new MbgNbdModel(new BgNbdParameters(0.525, 6.183, 0.891, 1.614)), ModelTimeUnit.WEEKS, 0.5, 0.2);
    private final LifecycleDerivation derivation = new LifecycleDerivation(signal, ExpansionRule.DEFAULT);

    @Test
    void aFrequentBuyerWhoStopsGoesAtRiskThenLapsedOnTheModelsClock() {
        PurchaseHistory h = new PurchaseHistory(CustomerId.of("c"), D0, List.of(
                fact(D0), fact(D0.plusWeeks(2)), fact(D0.plusWeeks(4)), fact(D0.plusWeeks(6)), fact(D0.plusWeeks(8))));
        LifecycleHistory soon = derivation.derive(h, D0.plusWeeks(10)).orElseThrow();
        assertThat(soon.current()).isEqualTo(LifecycleStage.ACTIVE);
        LifecycleHistory later = derivation.derive(h, D0.plusWeeks(80)).orElseThrow();
        assertThat(later.current()).isEqualTo(LifecycleStage.LAPSED);
        assertThat(later.transitions()).extracting(t -> t.to())
                .containsSubsequence(LifecycleStage.ACTIVE, LifecycleStage.AT_RISK, LifecycleStage.LAPSED);
        assertThat(later.transitions().get(later.transitions().size() - 1).reason()).contains("below 0.20");
    }

    @Test
    void theSignalOnlyEverWorsensWhileTheCustomerIsQuiet() {
        PurchasePattern pattern = new PurchasePattern(D0, D0.plusWeeks(8), 4);
        double previous = 1;
        for (int w = 8; w < 200; w++) {
            String reason = signal.assess(pattern, D0.plusWeeks(w)).reason();
            double alive = Double.parseDouble(reason.substring("P(alive) ".length(), reason.indexOf(',')));
            assertThat(alive).isLessThanOrEqualTo(previous);
            previous = alive;
        }
    }

    private static PurchaseFact fact(LocalDate day) {
        return PurchaseFact.of(day, Money.of("15.00", "USD"));
    }
}
