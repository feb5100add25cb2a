package org.opencrm.adapter.cli.importing;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.formats.csv.CustomerCsv;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.NaturalKey;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.UpdatePolicy;
import org.opencrm.domain.money.Money;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm import customers FILE}. */
@Command(name = "customers", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Imports customers from a CSV file with a header row, upserting on a natural key: a customer "
                + "whose key is already stored is updated (--update), a new key registers a customer. Columns (any "
                + "order; rename with --map): external_id, name, email, phone, address, email_consent, "
                + "phone_consent (true/false), acquisition_source, acquisition_cost, currency, created_at, and "
                + "attr.NAME for free attributes. name is required for new customers; the key column for all rows.")
public final class ImportCustomersCommand implements Callable<Integer> {


    /** The natural key as spelled on the command line. */
    enum Key { EXTERNAL_ID, EMAIL }

    /** The update policy as spelled on the command line. */
    enum Update { OVERWRITE, FILL_EMPTY }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV file to import.")
    Path file;

    @Mixin
    ImportOptions options;

    @Option(names = "--key", paramLabel = "KEY", defaultValue = "EXTERNAL_ID",
            description = "Natural key that identifies a customer across imports: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}).")
    Key key;

    @Option(names = "--update", paramLabel = "POLICY", defaultValue = "OVERWRITE",
            description = "For customers already stored: overwrite given fields, or fill_empty ones only "
                    + "(default: ${DEFAULT-VALUE}).")
    Update update;

    @Option(names = "--source", paramLabel = "SYSTEM", defaultValue = ExternalId.DEFAULT_SOURCE,
            description = "Source system of the external_id column (default: ${DEFAULT-VALUE}).")
    String source;

    @Option(names = "--currency", paramLabel = "ISO", defaultValue = "USD",
            description = "Currency of acquisition costs without a currency column (default: ${DEFAULT-VALUE}).")
    String currency;

    private final ImportCustomersUseCase importCustomers;

    @Inject
    public ImportCustomersCommand(ImportCustomersUseCase importCustomers) {
        this.importCustomers = Objects.requireNonNull(importCustomers);
    }

    @Override
    public Integer call() throws IOException {
        String defaultCurrency = Money.currency(currency).getCurrencyCode();
        int batchSize = options.batchSize(spec);
        NaturalKey naturalKey = key == Key.EMAIL ? NaturalKey.EMAIL : NaturalKey.EXTERNAL_ID;
        UpdatePolicy policy = update == Update.FILL_EMPTY ? UpdatePolicy.FILL_EMPTY : UpdatePolicy.OVERWRITE;
        return ImportRun.csv(spec, "import customers", file, options, batchSize, CustomerCsv.required(naturalKey), CustomerCsv.FIELDS, table -> {
            List<String> attributes = CustomerCsv.attributeFields(table);
            return row -> CustomerCsv.parse(row, source, defaultCurrency, attributes);
        }, (rows, listener) -> importCustomers.importCustomers(
                new ImportCustomersUseCase.Command(rows, naturalKey, source, policy, batchSize, listener)));
    }
}
