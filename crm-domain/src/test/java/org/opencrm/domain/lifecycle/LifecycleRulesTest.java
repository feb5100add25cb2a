package org.opencrm.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.purchase.PurchaseFact;

/** The quick answers the derivation asks for agree with the worded ones they stand in for. */
class LifecycleRulesTest {

    private static final LocalDate D0 = LocalDate.of(2023, 12, 20);
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void theChurnStatusAloneIsTheStatusOfTheFullAssessmentOnEveryDay() {
        RecencyChurnSignal signal = RecencyChurnSignal.DEFAULT;
        for (PurchasePattern pattern : new PurchasePattern[] {new PurchasePattern(D0, D0, 0),
            new PurchasePattern(D0, D0.plusDays(9), 3), new PurchasePattern(D0, D0.plusDays(400), 2)}) {
            int changes = 0;
            ChurnStatus previous = null;
            for (int d = 0; d < 1000; d++) {
                LocalDate day = pattern.lastPurchase().plusDays(d);
                ChurnStatus status = signal.status(pattern, day);
                assertThat(status).as("%s on %s", pattern, day).isEqualTo(signal.assess(pattern, day).status());
                changes += status != previous ? 1 : 0;
                previous = status;
            }
            assertThat(changes).as("alive, at risk and lapsed all reached").isEqualTo(3);
        }
    }

    @Test
    void theFirstDayOfAStatusIsTheFirstDayTheAssessmentSaysSo() {
        PurchasePattern pattern = new PurchasePattern(D0, D0.plusDays(30), 3);
        LocalDate from = pattern.lastPurchase().plusDays(1);
        for (ChurnStatus status : ChurnStatus.values()) {
            LocalDate expected = from;
            while (!RecencyChurnSignal.DEFAULT.assess(pattern, expected).status().atLeast(status)) {
                expected = expected.plusDays(1);
            }
            assertThat(RecencyChurnSignal.DEFAULT.firstDayAtLeast(status, pattern, from, from.plusYears(2)))
                    .contains(expected);
            // The general bisection, which only asks for statuses, finds the same day.
            ChurnSignal plain = RecencyChurnSignal.DEFAULT::assess;
            assertThat(plain.firstDayAtLeast(status, pattern, from, from.plusYears(2))).contains(expected);
            assertThat(RecencyChurnSignal.DEFAULT.firstDayAtLeast(status, pattern, from, expected.minusDays(1)))
                    .isEmpty();
        }
    }

    @Test
    void isExpandingSaysWhatTheWordedRuleSays() {
        ExpansionRule rule = new ExpansionRule(3, new BigDecimal("1.5"));
        int expanding = 0;
        for (long recent : new long[] {0, 1_000, 1_499, 1_500, 1_501, 9_000}) {
            for (int earlierDays : new int[] {0, 1, 4}) {
                for (long earlier : new long[] {0, 333, 1_000 * (long) Math.max(earlierDays, 1)}) {
                    for (boolean comparable : new boolean[] {true, false}) {
                        for (int recentDays : new int[] {2, 3}) {
                            ExpansionRule.Window w = new ExpansionRule.Window(Optional.empty(), recent * recentDays / 3,
                                    recentDays, earlier, earlierDays, USD, comparable);
                            assertThat(rule.isExpanding(w)).as("%s", w).isEqualTo(rule.expanding(w).isPresent());
                            expanding += rule.isExpanding(w) ? 1 : 0;
                        }
                    }
                }
            }
        }
        assertThat(expanding).isPositive();
        ExpansionRule.Window newCategory = new ExpansionRule.Window(Optional.of(Category.of("toys")), 0, 1, 0, 0, USD,
                true);
        assertThat(rule.isExpanding(newCategory)).isTrue();
        assertThat(rule.expanding(newCategory)).contains("bought into a new category: toys");
    }

    @Test
    void aPurchaseFactKeepsItsAmountInMinorUnits() {
        PurchaseFact fromMoney = new PurchaseFact(D0, Money.of("12.30", "USD"), Set.of(Category.of("books")));
        PurchaseFact asStored = PurchaseFact.ofMinor(D0, 1_230, USD, Set.of(Category.of("books")));
        assertThat(fromMoney).isEqualTo(asStored).hasSameHashCodeAs(asStored);
        assertThat(asStored.amount()).isEqualTo(Money.of("12.30", "USD"));
        assertThat(asStored.minorUnits()).isEqualTo(1_230);
        assertThat(PurchaseFact.ofMinor(D0, 1_230, Currency.getInstance("JPY"), Set.of()).amount())
                .isEqualTo(Money.of("1230", "JPY"));
        assertThat(asStored).isNotEqualTo(PurchaseFact.ofMinor(D0, 1_231, USD, Set.of(Category.of("books"))));
        assertThatThrownBy(() -> PurchaseFact.of(D0, Money.of("1e25", "USD")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beyond the range");
    }
}
