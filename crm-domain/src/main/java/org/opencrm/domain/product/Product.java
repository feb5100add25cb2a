package org.opencrm.domain.product;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.money.Money;

/** A catalog entry; launch date, list price and premium flag feed the value-orientation signals (docs/domain.md §4). */
public record Product(ProductId id, Category category, Optional<LocalDate> launchDate, Optional<Money> listPrice,
                      boolean premium) {

    public Product {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(category, "'category' must not be null");
        Objects.requireNonNull(launchDate, "'launchDate' must not be null");
        Objects.requireNonNull(listPrice, "'listPrice' must not be null");
        listPrice.ifPresent(p -> {
            p.storable("listPrice");
            if (p.isNegative()) {
                throw new IllegalArgumentException("'listPrice' must not be negative: " + p);
            }
        });
    }
}
