package org.opencrm.domain.recommendation;

import java.util.Objects;
import org.opencrm.domain.product.ProductId;

/**
 * "Who buys {@code antecedent} also buys {@code consequent}", kept as the four counts its measures come from, so
 * support, confidence and lift are exact and can be recomputed: baskets in all, baskets holding the antecedent,
 * holding the consequent, and holding both.
 */
public record AssociationRule(ProductId antecedent, ProductId consequent, long baskets, long antecedentBaskets,
                              long consequentBaskets, long bothBaskets) {

    public AssociationRule {
        Objects.requireNonNull(antecedent, "'antecedent' must not be null");
        Objects.requireNonNull(consequent, "'consequent' must not be null");
        if (antecedent.equals(consequent)) {
            throw new IllegalArgumentException("a rule needs two products, got " + antecedent + " twice");
        }
        if (bothBaskets < 1 || bothBaskets > antecedentBaskets || bothBaskets > consequentBaskets
                || antecedentBaskets > baskets || consequentBaskets > baskets) {
            throw new IllegalArgumentException("inconsistent basket counts for " + antecedent + " -> " + consequent
                    + ": both " + bothBaskets + ", antecedent " + antecedentBaskets + ", consequent "
                    + consequentBaskets + ", baskets " + baskets);
        }
    }

    /** Share of all baskets that hold both products. */
    public double support() {
        return (double) bothBaskets / baskets;
    }

    /** Share of the antecedent's baskets that also hold the consequent: P(consequent | antecedent). */
    public double confidence() {
        return (double) bothBaskets / antecedentBaskets;
    }

    /** Confidence over the consequent's share of all baskets: how much the antecedent raises its odds. */
    public double lift() {
        return confidence() / ((double) consequentBaskets / baskets);
    }
}
