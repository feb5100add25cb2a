package org.opencrm.formats.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;

/** The product catalogue import's CSV layout. */
public final class ProductCsv {

    public static final Set<String> FIELDS = Set.of("product_id", "category", "launch_date", "list_price", "currency",
            "premium");
    public static final Set<String> REQUIRED = Set.of("product_id", "category");

    private ProductCsv() {
    }

    /** One row; list prices without a currency column are in {@code defaultCurrency}. */
    public static Product parse(CsvTable.Row row, String defaultCurrency) {
        String code = Optional.ofNullable(row.parse("currency", c -> Money.currency(c).getCurrencyCode()))
                .orElse(defaultCurrency);
        Boolean premium = row.parse("premium", CustomerCsv::bool);
        return new Product(ProductId.of(row.required("product_id")), Category.of(row.required("category")),
                Optional.ofNullable(row.parse("launch_date", ProductCsv::date)),
                Optional.ofNullable(row.parse("list_price", p -> Money.of(p, code))), Boolean.TRUE.equals(premium));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("is not a date; use YYYY-MM-DD");
        }
    }
}
