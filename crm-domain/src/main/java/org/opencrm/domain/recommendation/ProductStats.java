package org.opencrm.domain.recommendation;

import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;

/**
 * One product as the baskets show it: its category (the last one seen), how many baskets hold it and its mean
 * unit price, the price band up-sell offers step up from.
 */
public record ProductStats(ProductId productId, Optional<Category> category, long baskets, Money meanUnitPrice) {

    public ProductStats {
        Objects.requireNonNull(productId, "'productId' must not be null");
        Objects.requireNonNull(category, "'category' must not be null");
        if (baskets < 1) {
            throw new IllegalArgumentException("'baskets' must be at least 1 for " + productId + ", got " + baskets);
        }
        Objects.requireNonNull(meanUnitPrice, "'meanUnitPrice' must not be null");
        if (meanUnitPrice.isNegative()) {
            throw new IllegalArgumentException("'meanUnitPrice' must not be negative for " + productId);
        }
    }
}
