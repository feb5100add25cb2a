package org.opencrm.application.service.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.importing.SourcePosition;
import org.opencrm.application.port.in.product.ImportProductsUseCase;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;

class ImportProductsServiceTest {

    private final FakeApplication app = new FakeApplication();

    private static ImportRow<Product> row(int line, String id) {
        return new ImportRow.Parsed<>(new SourcePosition("catalog.csv", line), new Product(ProductId.of(id),
                Category.of("cd"), Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(Money.of("9.99", "USD")), false));
    }

    @Test
    void productsAreStoredOnceRejectsReportedAndTheRestKept() {
        List<RejectedRow> rejects = new ArrayList<>();
        ImportListener listener = new ImportListener() {
            @Override
            public void rejected(RejectedRow row) {
                rejects.add(row);
            }
        };
        List<ImportRow<Product>> rows = List.of(row(2, "p-1"), row(3, "p-2"),
                new ImportRow.Unparsed<>(new RejectedRow(new SourcePosition("catalog.csv", 4), "list_price", "bad")),
                row(5, "p-1"));
        ImportSummary summary = app.useCase(ImportProductsUseCase.class).importProducts(
                new ImportProductsUseCase.Command(rows.iterator(), 2, listener));
        assertThat(summary.read()).isEqualTo(4);
        assertThat(summary.imported()).isEqualTo(2);
        assertThat(summary.duplicates()).isOne();
        assertThat(summary.rejected()).isOne();
        assertThat(rejects).extracting(r -> r.position().line()).containsExactly(4L);
        assertThat(app.storage().products().count()).isEqualTo(2);
    }
}
