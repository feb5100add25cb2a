package org.opencrm.adapter.cli.importing;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.UnknownCustomers;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.domain.money.Money;
import org.opencrm.formats.csv.PurchaseCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm import purchases FILE}. */
@Command(name = "purchases", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Imports purchases from a CSV file with a header row. Columns (any order; rename with --map): "
                + "purchase_id, customer_id, occurred_at, amount (required); currency, channel, customer_name, "
                + "product_id, category, quantity, unit_price, list_price (optional). purchase_id is the "
                + "idempotency key: a purchase already stored is skipped, never stored twice. customer_id is the "
                + "customer's external id in --source; unknown customers are registered on the fly "
                + "(--reject-unknown-customers turns them into rejects). occurred_at: YYYY-MM-DD, YYYYMMDD or "
                + "ISO-8601. A row with product_id carries one line item (quantity default 1, unit_price default "
                + "amount). Bad rows are written to the rejects file with line, field and reason; the rest is "
                + "imported.")
public final class ImportPurchasesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV file to import.")
    Path file;

    @Mixin
    ImportOptions options;

    @Mixin
    CustomerSourceOption source;

    @Option(names = "--currency", paramLabel = "ISO", defaultValue = "USD",
            description = "Currency of rows without a currency column (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--reject-unknown-customers",
            description = "Reject purchases of customers not yet known instead of registering them.")
    boolean rejectUnknown;

    private final ImportPurchasesUseCase importPurchases;

    @Inject
    public ImportPurchasesCommand(ImportPurchasesUseCase importPurchases) {
        this.importPurchases = Objects.requireNonNull(importPurchases);
    }

    @Override
    public Integer call() throws IOException {
        String defaultCurrency = Money.currency(currency).getCurrencyCode();
        int batchSize = options.batchSize(spec);
        UnknownCustomers unknown = rejectUnknown ? UnknownCustomers.REJECT : UnknownCustomers.REGISTER;
        return ImportRun.csv(spec, "import purchases", file, options, batchSize, PurchaseCsv.REQUIRED, PurchaseCsv.FIELDS,
                table -> row -> PurchaseCsv.parse(row, defaultCurrency),
                (rows, listener) -> importPurchases.importPurchases(
                        new ImportPurchasesUseCase.Command(rows, source.get(), unknown, batchSize, listener)));
    }


}
