package org.opencrm.formats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.recommendation.ProductStats;
import org.opencrm.domain.recommendation.RuleSet;

/**
 * A stored rule set, as {@code crm report rules --format json} and {@code GET /reports/rules} write it: the
 * thresholds, the basket counts, and the strongest rules first with the four counts their measures come from.
 */
public record RuleSetJson(LocalDate asOf, Instant minedAt, double minSupport, double minConfidence, double minLift,
                          long baskets, long lines, long products, long rulesInSet, List<RuleJson> rules) {

    /** A rule A → B: support, confidence, lift, the counts behind them, and B's category and mean price. */
    public record RuleJson(String antecedent, String consequent, double support, double confidence, double lift,
                           long antecedentBaskets, long consequentBaskets, long bothBaskets, String consequentCategory,
                           Money consequentMeanPrice) {
    }

    /** The set with its {@code top} strongest rules. */
    public static RuleSetJson of(RuleSet set, int top) {
        Map<String, ProductStats> products = set.products().stream()
                .collect(Collectors.toMap(p -> p.productId().value(), Function.identity()));
        List<RuleJson> rules = set.rules().stream().limit(top).map(r -> {
            ProductStats b = products.get(r.consequent().value());
            return new RuleJson(r.antecedent().value(), r.consequent().value(), round(r.support()),
                    round(r.confidence()), round(r.lift()), r.antecedentBaskets(), r.consequentBaskets(),
                    r.bothBaskets(), b == null ? null : b.category().map(Category::name).orElse(null),
                    b == null ? null : b.meanUnitPrice());
        }).toList();
        return new RuleSetJson(set.asOf(), set.minedAt(), set.thresholds().minSupport(),
                set.thresholds().minConfidence(), set.thresholds().minLift(), set.baskets(), set.lines(),
                set.products().size(), set.rules().size(), rules);
    }

    private static double round(double x) {
        return Math.round(x * 1_000_000) / 1_000_000.0;
    }
}
