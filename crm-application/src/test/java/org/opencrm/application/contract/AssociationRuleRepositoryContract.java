package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.recommendation.AssociationRule;
import org.opencrm.domain.recommendation.ProductStats;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.recommendation.RuleThresholds;

/** Contract of {@link org.opencrm.application.port.out.AssociationRuleRepository}: every backend passes it. */
public abstract class AssociationRuleRepositoryContract extends StorageContract {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123Z");

    private static RuleSet set(LocalDate asOf, long bothBaskets) {
        List<ProductStats> products = List.of(
                new ProductStats(ProductId.of("茶-1"), Optional.of(Category.of("茶")), 40, Money.of("12.34", "CNY")),
                new ProductStats(ProductId.of("cup"), Optional.empty(), 25, Money.of("3.00", "CNY")));
        List<AssociationRule> rules = List.of(
                new AssociationRule(ProductId.of("茶-1"), ProductId.of("cup"), 100, 40, 25, bothBaskets),
                new AssociationRule(ProductId.of("cup"), ProductId.of("茶-1"), 100, 25, 40, bothBaskets));
        return new RuleSet(asOf, new RuleThresholds(0.01, 0.2, 1.1), 100, 180, T0, products, rules);
    }

    @Test
    void keepsEachSetExactlyAndFindsTheLatestOnOrBeforeADate() {
        RuleSet march = set(LocalDate.of(2024, 3, 1), 20);
        RuleSet june = set(LocalDate.of(2024, 6, 1), 15);
        storage().associationRules().save(june);
        storage().associationRules().save(march);

        assertThat(storage().associationRules().findLatest(LocalDate.of(2024, 3, 1))).contains(march);
        assertThat(storage().associationRules().findLatest(LocalDate.of(2024, 5, 31))).contains(march);
        assertThat(storage().associationRules().findLatest(LocalDate.of(2025, 1, 1))).contains(june);
        assertThat(storage().associationRules().findLatest(LocalDate.of(2024, 2, 29))).isEmpty();
        assertThat(storage().associationRules().findAll()).containsExactly(march, june);
        RuleSet read = storage().associationRules().findLatest(LocalDate.of(2024, 3, 1)).orElseThrow();
        assertThat(read.rules().get(0).lift()).isEqualTo(20.0 / 40 / (25.0 / 100));
    }

    @Test
    void aSetMinedAgainAsOfTheSameDateReplacesTheOldOneAndRollsBackWithTheTransaction() {
        LocalDate day = LocalDate.of(2024, 3, 1);
        storage().associationRules().save(set(day, 20));
        RuleSet again = set(day, 10);
        storage().associationRules().save(again);
        assertThat(storage().associationRules().findAll()).containsExactly(again);

        assertThatThrownBy(() -> unitOfWork().run(() -> {
            storage().associationRules().save(set(day, 5));
            throw new IllegalStateException("power cut");
        })).hasMessage("power cut");
        assertThat(storage().associationRules().findAll()).containsExactly(again);
    }
}
