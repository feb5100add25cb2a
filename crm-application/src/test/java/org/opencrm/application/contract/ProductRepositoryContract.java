package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;

/** Contract of {@link org.opencrm.application.port.out.ProductRepository}: every backend passes it. */
public abstract class ProductRepositoryContract extends StorageContract {

    private static final Product ALBUM = new Product(ProductId.of("sku-1"), Category.of("music"),
            Optional.of(LocalDate.of(1997, 3, 1)), Optional.of(Money.of("12.99", "USD")), false);
    private static final Product BOX_SET = new Product(ProductId.of("sku-2 套装 🎵"), Category.of("音乐"),
            Optional.empty(), Optional.of(Money.of("0.30", "EUR")), true);
    private static final Product BARE = new Product(ProductId.of("sku-3"), Category.of("misc"), Optional.empty(),
            Optional.empty(), false);

    @Test
    void storesProductsAndReadsThemBackExactly() {
        assertThat(storage().products().saveAll(List.of(ALBUM, BOX_SET, BARE))).isEqualTo(3);
        assertThat(storage().products().findById(ALBUM.id())).contains(ALBUM);
        assertThat(storage().products().findById(BOX_SET.id())).contains(BOX_SET);
        assertThat(storage().products().findById(BARE.id())).contains(BARE);
        assertThat(storage().products().findById(ProductId.of("nope"))).isEmpty();
        assertThat(storage().products().findByIds(List.of(ALBUM.id(), ProductId.of("nope"), BARE.id())))
                .containsOnlyKeys(ALBUM.id(), BARE.id()).containsEntry(BARE.id(), BARE);
        assertThat(storage().products().count()).isEqualTo(3);
    }

    @Test
    void savingAgainReplacesAndCountsNothingNew() {
        storage().products().saveAll(List.of(ALBUM, BARE));
        Product repriced = new Product(ALBUM.id(), ALBUM.category(), ALBUM.launchDate(),
                Optional.of(Money.of("9.99", "USD")), true);
        assertThat(storage().products().saveAll(List.of(repriced, BARE))).isZero();
        assertThat(storage().products().findById(ALBUM.id())).contains(repriced);
        assertThat(storage().products().count()).isEqualTo(2);
    }

    @Test
    void readsTheCatalogInIdPages() {
        storage().products().saveAll(List.of(BARE, ALBUM, BOX_SET));
        assertThat(storage().products().findAfter(Optional.empty(), 2)).containsExactly(ALBUM, BOX_SET);
        assertThat(storage().products().findAfter(Optional.of(BOX_SET.id()), 2)).containsExactly(BARE);
        assertThat(storage().products().findAfter(Optional.of(BARE.id()), 2)).isEmpty();
    }

    @Test
    void aRolledBackCatalogIsNotKept() {
        try {
            unitOfWork().run(() -> {
                storage().products().saveAll(List.of(ALBUM));
                throw new IllegalStateException("import failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(storage().products().count()).isZero();
    }
}
