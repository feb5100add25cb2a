package org.opencrm.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;

class PurchaseCategoriesTest {

    private static final Instant AT = Instant.parse("2024-03-01T10:00:00Z");

    @Test
    void aPurchaseTouchesTheCategoriesOfItsLinesOnceEach() {
        LineItem jazz = line("sku-1", Optional.of(Category.of("jazz")));
        LineItem moreJazz = line("sku-2", Optional.of(Category.of("jazz")));
        LineItem rock = line("sku-3", Optional.of(Category.of("rock")));
        LineItem bare = line("sku-4", Optional.empty());
        Purchase p = new Purchase(PurchaseId.of("p"), CustomerId.of("c"), AT, Money.of("4.00", "USD"),
                List.of(jazz, moreJazz, rock, bare), Channel.UNSPECIFIED);

        assertThat(p.categories()).containsExactlyInAnyOrder(Category.of("jazz"), Category.of("rock"));
        assertThat(Purchase.of(PurchaseId.of("q"), CustomerId.of("c"), AT, Money.of("1.00", "USD")).categories())
                .isEmpty();
    }

    private static LineItem line(String product, Optional<Category> category) {
        return new LineItem(ProductId.of(product), category, 1, Money.of("1.00", "USD"), Optional.empty());
    }
}
