package org.opencrm.domain.purchase;

import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;

/** One product line of a purchase; list price next to unit price shows the discount given. */
public record LineItem(ProductId productId, Optional<Category> category, int quantity, Money unitPrice,
                       Optional<Money> listPrice) {

    public LineItem {
        Objects.requireNonNull(productId, "'productId' must not be null");
        Objects.requireNonNull(category, "'category' must not be null");
        if (quantity <= 0) {
            throw new IllegalArgumentException("'quantity' must be positive: " + quantity);
        }
        Objects.requireNonNull(unitPrice, "'unitPrice' must not be null");
        unitPrice.storable("unitPrice").times(quantity).storable("unitPrice × quantity");
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("'unitPrice' must not be negative: " + unitPrice);
        }
        Objects.requireNonNull(listPrice, "'listPrice' must not be null");
        listPrice.ifPresent(lp -> {
            lp.storable("listPrice");
            if (!lp.currency().equals(unitPrice.currency())) {
                throw new IllegalArgumentException("'listPrice' currency differs from 'unitPrice': " + lp);
            }
        });
    }

    public Money total() {
        return unitPrice.times(quantity);
    }
}
