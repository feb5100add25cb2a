package org.opencrm.domain.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.LineItem;

class BasketAnalysisTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final Instant MINED = Instant.parse("2025-01-01T00:00:00Z");

    static LineItem line(String product, int quantity, String price) {
        return new LineItem(ProductId.of(product), Optional.of(Category.of("cat-" + product)), quantity,
                Money.of(price, "USD"), Optional.empty());
    }

    /**
     * Five baskets: {A,B} {A,B,C} {A,C} {B} {A,B}. By hand: A in 4, B in 4, C in 2; AB in 3, AC in 2, BC in 1.
     * A->C: support 2/5 = 0.4, confidence 2/4 = 0.5, lift 0.5 / (2/5) = 1.25. C->A: 0.4, 2/2 = 1, 1 / (4/5) = 1.25.
     * A->B: 3/5 = 0.6, 3/4 = 0.75, 0.75 / (4/5) = 0.9375. B->C: 1/5 = 0.2, 1/4, 0.25 / 0.4 = 0.625.
     */
    private static BasketAnalysis fiveBaskets() {
        BasketAnalysis a = new BasketAnalysis();
        a.add(List.of(line("A", 2, "10.00"), line("B", 1, "5.00")));
        a.add(List.of(line("A", 1, "13.00"), line("B", 1, "5.00"), line("C", 1, "40.00")));
        a.add(List.of(line("A", 1, "10.00"), line("C", 1, "44.00"), line("A", 1, "10.00")));
        a.add(List.of(line("B", 3, "6.00")));
        a.add(List.of(line("A", 1, "11.00"), line("B", 1, "5.00")));
        a.add(List.of());
        return a;
    }

    @Test
    void supportConfidenceAndLiftAreTheHandComputedOnes() {
        RuleSet set = fiveBaskets().rules(new RuleThresholds(0.3, 0.4, 1.0), AS_OF, MINED);
        assertThat(set.baskets()).isEqualTo(5);
        assertThat(set.lines()).isEqualTo(11);
        assertThat(set.rules()).extracting(r -> r.antecedent() + "->" + r.consequent()).containsExactly("C->A", "A->C");
        AssociationRule ca = set.rules().get(0);
        assertThat(ca.support()).isCloseTo(0.4, within(1e-12));
        assertThat(ca.confidence()).isCloseTo(1.0, within(1e-12));
        assertThat(ca.lift()).isCloseTo(1.25, within(1e-12));
        AssociationRule ac = set.rules().get(1);
        assertThat(ac.confidence()).isCloseTo(0.5, within(1e-12));
        assertThat(ac.lift()).isCloseTo(1.25, within(1e-12));
    }

    @Test
    void eachThresholdCutsOnItsOwn() {
        BasketAnalysis a = fiveBaskets();
        // Lift 0 lets A->B and B->A (lift 0.9375) in; support 0.3 still keeps B->C (0.2) out.
        assertThat(a.rules(new RuleThresholds(0.3, 0.4, 0), AS_OF, MINED).rules())
                .extracting(r -> r.antecedent() + "->" + r.consequent())
                .containsExactly("C->A", "A->C", "A->B", "B->A");
        AssociationRule ab = a.rules(new RuleThresholds(0.3, 0.4, 0), AS_OF, MINED).rules().get(2);
        assertThat(ab.support()).isCloseTo(0.6, within(1e-12));
        assertThat(ab.lift()).isCloseTo(0.9375, within(1e-12));
        // Support 0.2 admits B->C and C->B (confidence 0.25 and 0.5, lift 0.625) only when the other bars allow.
        assertThat(a.rules(new RuleThresholds(0.2, 0.5, 0.6), AS_OF, MINED).rules())
                .extracting(r -> r.antecedent() + "->" + r.consequent()).contains("C->B").doesNotContain("B->C");
        assertThat(a.rules(new RuleThresholds(0.3, 0.6, 1.0), AS_OF, MINED).rules())
                .extracting(r -> r.antecedent() + "->" + r.consequent()).containsExactly("C->A");
    }

    @Test
    void productsCarryTheirBasketCountsAndQuantityWeightedMeanPrice() {
        RuleSet set = fiveBaskets().rules(RuleThresholds.DEFAULT, AS_OF, MINED);
        ProductStats a = set.product(ProductId.of("A")).orElseThrow();
        // A: 2 @ 10.00, 1 @ 13.00, 2 @ 10.00 (one basket, two lines), 1 @ 11.00 -> 64.00 / 6 = 10.666... -> 10.67
        assertThat(a.baskets()).isEqualTo(4);
        assertThat(a.meanUnitPrice()).isEqualTo(Money.of("10.67", "USD"));
        assertThat(set.product(ProductId.of("C")).orElseThrow().meanUnitPrice()).isEqualTo(Money.of("42.00", "USD"));
        assertThat(set.product(ProductId.of("B")).orElseThrow().category()).contains(Category.of("cat-B"));
    }

    @Test
    void nonsenseThresholdsAndCountsAreRefused() {
        assertThatThrownBy(() -> new RuleThresholds(0, 0.5, 1)).hasMessageContaining("'minSupport'");
        assertThatThrownBy(() -> new RuleThresholds(0.1, 1.5, 1)).hasMessageContaining("'minConfidence'");
        assertThatThrownBy(() -> new RuleThresholds(0.1, 0.5, -1)).hasMessageContaining("'minLift'");
        assertThatThrownBy(() -> new AssociationRule(ProductId.of("A"), ProductId.of("A"), 5, 2, 2, 1))
                .hasMessageContaining("two products");
        assertThatThrownBy(() -> new AssociationRule(ProductId.of("A"), ProductId.of("B"), 5, 2, 2, 3))
                .hasMessageContaining("inconsistent");
    }
}
