package org.opencrm.adapter.cli.interaction;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.importing.CustomerSourceOption;
import org.opencrm.adapter.cli.importing.ImportOptions;
import org.opencrm.adapter.cli.importing.ImportRun;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.application.port.in.interaction.ImportInteractionsUseCase;
import org.opencrm.formats.csv.InteractionCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm interactions import FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Imports contacts from a CSV file with a header row. Columns (any order; rename with --map): "
                + "interaction_id, customer_id, channel, direction, type, summary, occurred_at (required); outcome, "
                + "owner, continues (optional). interaction_id is the idempotency key: a contact already stored is "
                + "skipped, never stored twice. customer_id is the customer's external id in --source; contacts of "
                + "unknown customers are rejected (a contact log names people the CRM knows). continues names an "
                + "earlier contact of the same customer, stored before or earlier in the file. Bad rows are written "
                + "to the rejects file with line, field and reason; the rest is imported.")
public final class ImportInteractionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV file to import.")
    Path file;

    @Mixin
    ImportOptions options;

    @Mixin
    CustomerSourceOption source;

    private final ImportInteractionsUseCase importInteractions;

    @Inject
    public ImportInteractionsCommand(ImportInteractionsUseCase importInteractions) {
        this.importInteractions = Objects.requireNonNull(importInteractions);
    }

    @Override
    public Integer call() throws IOException {
        int batchSize = options.batchSize(spec);
        return ImportRun.csv(spec, "import interactions", file, options, batchSize, InteractionCsv.REQUIRED,
                InteractionCsv.FIELDS, table -> InteractionCsv::parse,
                (rows, listener) -> importInteractions.importInteractions(
                        new ImportInteractionsUseCase.Command(rows, source.get(), batchSize, listener)));
    }
}
