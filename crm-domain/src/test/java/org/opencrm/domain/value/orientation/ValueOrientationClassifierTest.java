package org.opencrm.domain.value.orientation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier.BoughtLine;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier.Result;

class ValueOrientationClassifierTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
    private final Map<ProductId, Product> catalog = Map.of(
            ProductId.of("new-gadget"), product("new-gadget", DAY.minusDays(10), "100.00", true),
            ProductId.of("old-basic"), product("old-basic", DAY.minusYears(5), "20.00", false),
            ProductId.of("mid"), product("mid", DAY.minusDays(200), "50.00", false));

    @Test
    void earlyPremiumBuyersArePerfectionists() {
        Result r = ValueOrientationClassifier.DEFAULT.classify(List.of(
                line(DAY, "new-gadget", "100.00", "100.00"), line(DAY.plusDays(5), "new-gadget", "100.00", "100.00")),
                catalog);
        assertThat(r).isInstanceOfSatisfying(Result.Classified.class,
                c -> assertThat(c.type()).isEqualTo(ValueOrientationType.PERFECTIONIST));
    }

    @Test
    void repeatBuyersOfOldProductsAtADiscountAreCalculating() {
        Result r = ValueOrientationClassifier.DEFAULT.classify(List.of(
                line(DAY, "old-basic", "15.00", "20.00"), line(DAY.plusDays(30), "old-basic", "15.00", "20.00"),
                line(DAY.plusDays(60), "old-basic", "15.00", "20.00")), catalog);
        assertThat(r).isInstanceOfSatisfying(Result.Classified.class, c -> {
            assertThat(c.type()).isEqualTo(ValueOrientationType.CALCULATING);
            assertThat(c.discountShare()).isEqualTo(1.0);
        });
    }

    @Test
    void fullPriceBuyersOfEstablishedProductsArePractical() {
        Result r = ValueOrientationClassifier.DEFAULT.classify(List.of(line(DAY, "mid", "50.00", "50.00")), catalog);
        assertThat(r).isInstanceOfSatisfying(Result.Classified.class,
                c -> assertThat(c.type()).isEqualTo(ValueOrientationType.PRACTICAL));
    }

    @Test
    void saysSoWhenTheCatalogDoesNotDescribeEnough() {
        assertThat(ValueOrientationClassifier.DEFAULT.classify(List.of(), catalog))
                .isInstanceOf(Result.InsufficientData.class);
        Result r = ValueOrientationClassifier.DEFAULT.classify(List.of(line(DAY, "unknown", "50.00", null)), catalog);
        assertThat(r).isInstanceOfSatisfying(Result.InsufficientData.class,
                i -> assertThat(i.reason()).contains("only 0% of the spend"));
    }

    private static Product product(String id, LocalDate launch, String listPrice, boolean premium) {
        return new Product(ProductId.of(id), Category.of("music"), Optional.of(launch),
                Optional.of(Money.of(listPrice, "USD")), premium);
    }

    private static BoughtLine line(LocalDate day, String product, String unit, String list) {
        return new BoughtLine(day, new LineItem(ProductId.of(product), Optional.empty(), 1, Money.of(unit, "USD"),
                Optional.ofNullable(list).map(l -> Money.of(l, "USD"))));
    }
}
