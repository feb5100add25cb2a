package org.opencrm.formats.csv;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.PurchaseId;

/** The purchase import's CSV layout: its columns, and a row of them as a purchase to import. */
public final class PurchaseCsv {

    public static final Set<String> FIELDS = Set.of("purchase_id", "customer_id", "occurred_at", "amount", "currency",
            "channel", "customer_name", "product_id", "category", "quantity", "unit_price", "list_price");
    public static final Set<String> REQUIRED = Set.of("purchase_id", "customer_id", "occurred_at", "amount");

    private PurchaseCsv() {
    }

    /** One row; amounts without a currency column are in {@code defaultCurrency}. */
    public static PurchaseRow parse(CsvTable.Row row, String defaultCurrency) {
        // Its own field first: a bad currency is the currency's fault, not the amount's.
        String code = Optional.ofNullable(row.parse("currency", c -> Money.currency(c).getCurrencyCode()))
                .orElse(defaultCurrency);
        Money amount = row.parseRequired("amount", a -> Money.of(a, code));
        List<LineItem> lines = List.of();
        if (row.get("product_id") != null) {
            Money unit = Optional.ofNullable(row.parse("unit_price", p -> Money.of(p, code))).orElse(amount);
            Integer quantity = Optional.ofNullable(row.parse("quantity", Integer::valueOf)).orElse(1);
            lines = List.of(new LineItem(ProductId.of(row.get("product_id")),
                    Optional.ofNullable(row.get("category")).map(Category::of), quantity, unit,
                    Optional.ofNullable(row.parse("list_price", p -> Money.of(p, code)))));
        }
        return new PurchaseRow(row.parseRequired("purchase_id", PurchaseId::of), row.required("customer_id"),
                Optional.ofNullable(row.get("customer_name")), row.parseRequired("occurred_at", Timestamps::parse),
                amount, Channel.of(row.get("channel")), lines);
    }
}
