package org.opencrm.domain.lifecycle;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;

/** What lifecycle derivation needs of one purchase: its day, its amount and the categories it touched. */
public record PurchaseFact(LocalDate day, Money amount, Set<Category> categories) {

    public PurchaseFact {
        Objects.requireNonNull(day, "'day' must not be null");
        Objects.requireNonNull(amount, "'amount' must not be null");
        categories = Set.copyOf(Objects.requireNonNull(categories, "'categories' must not be null"));
    }

    public static PurchaseFact of(LocalDate day, Money amount) {
        return new PurchaseFact(day, amount, Set.of());
    }
}
