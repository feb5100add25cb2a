package org.opencrm.domain.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencrm.domain.product.ProductId;

/**
 * The association rules mined from the baskets bought up to {@code asOf} under {@code thresholds}, strongest
 * first (by lift, then confidence), with every product's basket count and mean price.
 */
public record RuleSet(LocalDate asOf, RuleThresholds thresholds, long baskets, long lines, Instant minedAt,
                      List<ProductStats> products, List<AssociationRule> rules) {

    /** Strongest first: lift, then confidence, then support, then the two product ids. */
    public static final Comparator<AssociationRule> STRONGEST_FIRST = Comparator
            .comparingDouble(AssociationRule::lift).reversed()
            .thenComparing(Comparator.comparingDouble(AssociationRule::confidence).reversed())
            .thenComparing(Comparator.comparingLong(AssociationRule::bothBaskets).reversed())
            .thenComparing(r -> r.antecedent().value())
            .thenComparing(r -> r.consequent().value());

    public RuleSet {
        Objects.requireNonNull(asOf, "'asOf' must not be null");
        Objects.requireNonNull(thresholds, "'thresholds' must not be null");
        // Stores keep milliseconds: a set read back equals the set saved.
        minedAt = Objects.requireNonNull(minedAt, "'minedAt' must not be null").truncatedTo(ChronoUnit.MILLIS);
        if (baskets < 0 || lines < baskets) {
            throw new IllegalArgumentException("need 0 <= baskets <= lines, got " + baskets + " baskets and "
                    + lines + " lines");
        }
        products = products.stream().sorted(Comparator.comparing(p -> p.productId().value())).toList();
        rules = rules.stream().sorted(STRONGEST_FIRST).toList();
        for (AssociationRule r : rules) {
            if (r.baskets() != baskets) {
                throw new IllegalArgumentException("rule " + r.antecedent() + " -> " + r.consequent() + " counts "
                        + r.baskets() + " baskets, the set " + baskets);
            }
        }
    }

    /** Each product's statistics by id. */
    public Map<ProductId, ProductStats> productsById() {
        return products.stream().collect(Collectors.toMap(ProductStats::productId, Function.identity()));
    }

    /** The product's statistics, if it was bought by the date. */
    public Optional<ProductStats> product(ProductId id) {
        return products.stream().filter(p -> p.productId().equals(id)).findFirst();
    }
}
