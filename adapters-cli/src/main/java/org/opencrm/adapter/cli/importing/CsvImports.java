package org.opencrm.adapter.cli.importing;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencrm.application.concurrent.Prefetch;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.CustomerRow;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.NaturalKey;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;
import org.opencrm.domain.product.Product;

/**
 * The import commands' CSV layouts (default column names, comma-separated) for callers other than the commands:
 * benchmarks, and the REST API, so that both doors accept the same files with the same rejects. The header is
 * checked when a method is called ({@link org.opencrm.adapter.cli.support.InputException}); the caller closes
 * the stream.
 */
public final class CsvImports {

    private CsvImports() {
    }

    /** Purchase rows of {@code in}, named {@code source} in rejects, parsed up to {@code readAhead} rows ahead. */
    public static Iterator<ImportRow<PurchaseRow>> purchases(String source, InputStream in, String defaultCurrency,
                                                             int readAhead) {
        CsvTable table = new CsvTable(source, in, ',', Map.of(), ImportPurchasesCommand.REQUIRED,
                ImportPurchasesCommand.FIELDS);
        return Prefetch.of(table.rows(row -> ImportPurchasesCommand.parse(row, defaultCurrency)),
                "csv-reader", readAhead);
    }

    /** Customer rows of {@code in}; {@code externalIdSource} names the system of the external_id column. */
    public static Iterator<ImportRow<CustomerRow>> customers(String source, InputStream in, NaturalKey key,
                                                             String externalIdSource, String defaultCurrency) {
        CsvTable table = new CsvTable(source, in, ',', Map.of(),
                Set.of(key == NaturalKey.EMAIL ? "email" : "external_id"), ImportCustomersCommand.FIELDS);
        List<String> attributes = ImportCustomersCommand.attributeFields(table);
        return table.rows(row -> ImportCustomersCommand.parse(row, externalIdSource, defaultCurrency, attributes));
    }

    /** Product rows of {@code in}. */
    public static Iterator<ImportRow<Product>> products(String source, InputStream in, String defaultCurrency) {
        CsvTable table = new CsvTable(source, in, ',', Map.of(), ImportProductsCommand.REQUIRED,
                ImportProductsCommand.FIELDS);
        return table.rows(row -> ImportProductsCommand.parse(row, defaultCurrency));
    }
}
