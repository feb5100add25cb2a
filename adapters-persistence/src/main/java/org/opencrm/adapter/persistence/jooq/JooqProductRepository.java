package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;

/** The product catalog in SQL, one row per product; a saved product replaces the row with its id. */
public final class JooqProductRepository implements ProductRepository {

    private static final Table<Record> PRODUCT = table(name("product"));
    private static final Field<String> ID = field(name("product", "id"), String.class);
    private static final Field<String> CATEGORY = field(name("product", "category"), String.class);
    private static final Field<String> LAUNCH_DATE = field(name("product", "launch_date"), String.class);
    private static final Field<Long> LIST_PRICE_MINOR = field(name("product", "list_price_minor"), Long.class);
    private static final Field<String> LIST_PRICE_CURRENCY = field(name("product", "list_price_currency"), String.class);
    private static final Field<Boolean> PREMIUM = field(name("product", "premium"), Boolean.class);
    private final JooqSession session;

    public JooqProductRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public int saveAll(Collection<Product> products) {
        return session.inTransaction(() -> session.with(dsl -> {
            int added = 0;
            for (Product p : products) {
                int updated = dsl.update(PRODUCT)
                        .set(CATEGORY, p.category().name())
                        .set(LAUNCH_DATE, p.launchDate().map(LocalDate::toString).orElse(null))
                        .set(LIST_PRICE_MINOR, p.listPrice().map(Money::minorUnits).orElse(null))
                        .set(LIST_PRICE_CURRENCY, p.listPrice().map(m -> m.currency().getCurrencyCode()).orElse(null))
                        .set(PREMIUM, p.premium())
                        .where(ID.eq(p.id().value()))
                        .execute();
                if (updated == 0) {
                    dsl.insertInto(PRODUCT)
                            .columns(ID, CATEGORY, LAUNCH_DATE, LIST_PRICE_MINOR, LIST_PRICE_CURRENCY, PREMIUM)
                            .values(p.id().value(), p.category().name(), p.launchDate().map(LocalDate::toString).orElse(null),
                                    p.listPrice().map(Money::minorUnits).orElse(null),
                                    p.listPrice().map(m -> m.currency().getCurrencyCode()).orElse(null), p.premium())
                            .execute();
                    added++;
                }
            }
            return added;
        }));
    }

    @Override
    public List<Product> findAfter(Optional<ProductId> after, int limit) {
        return session.with(dsl -> dsl.select(ID, CATEGORY, LAUNCH_DATE, LIST_PRICE_MINOR, LIST_PRICE_CURRENCY, PREMIUM)
                .from(PRODUCT).where(after.map(a -> ID.gt(a.value())).orElse(DSL.noCondition()))
                .orderBy(ID).limit(limit).fetch(JooqProductRepository::product));
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return Optional.ofNullable(findByIds(List.of(id)).get(id));
    }

    @Override
    public Map<ProductId, Product> findByIds(Collection<ProductId> ids) {
        return session.with(dsl -> {
            Map<ProductId, Product> found = new HashMap<>();
            for (List<String> chunk : KeySets.batches(dsl, ids.stream().map(ProductId::value).toList())) {
                dsl.select(ID, CATEGORY, LAUNCH_DATE, LIST_PRICE_MINOR, LIST_PRICE_CURRENCY, PREMIUM).from(PRODUCT)
                        .where(KeySets.in(dsl, ID, chunk)).fetch(JooqProductRepository::product)
                        .forEach(p -> found.put(p.id(), p));
            }
            return found;
        });
    }

    private static Product product(Record r) {
        return new Product(ProductId.of(r.get(ID)), Category.of(r.get(CATEGORY)),
                Optional.ofNullable(r.get(LAUNCH_DATE)).map(LocalDate::parse),
                Optional.ofNullable(r.get(LIST_PRICE_MINOR))
                        .map(minor -> Money.ofMinor(minor, Money.currency(r.get(LIST_PRICE_CURRENCY)))),
                r.get(PREMIUM));
    }

    @Override
    public long count() {
        return session.with(dsl -> dsl.fetchCount(PRODUCT));
    }
}
