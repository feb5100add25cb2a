package org.opencrm.adapter.cli.importing;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.formats.csv.ProductCsv;
import org.opencrm.application.port.in.product.ImportProductsUseCase;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm import products FILE}. */
@Command(name = "products", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Imports the product catalog from a CSV file with a header row. Columns (any order; rename "
                + "with --map): product_id and category (required), launch_date (YYYY-MM-DD), list_price, "
                + "currency, premium (true/false). A product already stored is replaced; an identical one is "
                + "counted as a duplicate. Launch date, list price and premium flag are what 'crm report "
                + "value-types' classifies customers by.")
public final class ImportProductsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV file to import.")
    Path file;

    @Mixin
    ImportOptions options;

    @Option(names = "--currency", paramLabel = "ISO", defaultValue = "USD",
            description = "Currency of list prices without a currency column (default: ${DEFAULT-VALUE}).")
    String currency;

    private final ImportProductsUseCase importProducts;

    @Inject
    public ImportProductsCommand(ImportProductsUseCase importProducts) {
        this.importProducts = Objects.requireNonNull(importProducts);
    }

    @Override
    public Integer call() throws IOException {
        String defaultCurrency = Money.currency(currency).getCurrencyCode();
        int batchSize = options.batchSize(spec);
        return ImportRun.csv(spec, "import products", file, options, batchSize, ProductCsv.REQUIRED, ProductCsv.FIELDS,
                table -> row -> ProductCsv.parse(row, defaultCurrency),
                (rows, listener) -> importProducts.importProducts(
                        new ImportProductsUseCase.Command(rows, batchSize, listener)));
    }




}
