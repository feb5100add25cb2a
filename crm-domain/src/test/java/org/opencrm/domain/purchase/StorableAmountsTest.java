package org.opencrm.domain.purchase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;

/** Every amount a store keeps is checked where it is made, so no insert can overflow with it. */
class StorableAmountsTest {

    private static final Money LARGEST = Money.of("10000000000000.00", "USD");
    private static final Money TOO_LARGE = Money.of("10000000000000.01", "USD");

    @Test
    void aPurchaseShouldRefuseAnAmountBeyondWhatAStoreKeeps() {
        assertThat(Purchase.of(PurchaseId.of("p"), CustomerId.of("c"), Instant.EPOCH, LARGEST).amount()).isEqualTo(LARGEST);
        assertThatThrownBy(() -> Purchase.of(PurchaseId.of("p"), CustomerId.of("c"), Instant.EPOCH, TOO_LARGE))
                .hasMessageStartingWith("'amount' ");
    }

    @Test
    void aLineItemShouldRefuseAPriceOrATotalBeyondWhatAStoreKeeps() {
        ProductId product = ProductId.of("x");
        assertThatThrownBy(() -> new LineItem(product, Optional.empty(), 1, TOO_LARGE, Optional.empty()))
                .hasMessageStartingWith("'unitPrice' ");
        assertThatThrownBy(() -> new LineItem(product, Optional.empty(), 2, LARGEST, Optional.empty()))
                .hasMessageStartingWith("'unitPrice × quantity' ");
        assertThatThrownBy(() -> new LineItem(product, Optional.empty(), 1, Money.of("1", "USD"), Optional.of(TOO_LARGE)))
                .hasMessageStartingWith("'listPrice' ");
    }

    @Test
    void aPurchaseWhoseCategoriesOverflowTheirColumnShouldBeRefused() {
        java.util.List<LineItem> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            lines.add(new LineItem(ProductId.of("p" + i), Optional.of(Category.of(i + "x".repeat(120))), 1,
                    Money.of("1", "USD"), Optional.empty()));
        }
        assertThatThrownBy(() -> new Purchase(PurchaseId.of("p"), CustomerId.of("c"), Instant.EPOCH, Money.of("40", "USD"),
                lines, Channel.UNSPECIFIED)).hasMessageStartingWith("'category' ");
        assertThat(new Purchase(PurchaseId.of("p"), CustomerId.of("c"), Instant.EPOCH, Money.of("30", "USD"),
                lines.subList(0, 30), Channel.UNSPECIFIED).categories()).hasSize(30);
    }

    @Test
    void aCatalogPriceAndAnAcquisitionCostShouldBeCheckedTheSameWay() {
        assertThatThrownBy(() -> new Product(ProductId.of("x"), Category.of("c"), Optional.empty(), Optional.of(TOO_LARGE),
                false)).hasMessageStartingWith("'listPrice' ");
        assertThatThrownBy(() -> AcquisitionSource.of("ads", TOO_LARGE)).hasMessageStartingWith("'acquisitionCost' ");
        assertThat(List.of(AcquisitionSource.of("ads", LARGEST).cost().orElseThrow())).containsExactly(LARGEST);
    }
}
