package org.opencrm.adapter.cli.survey;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.importing.CustomerSourceOption;
import org.opencrm.adapter.cli.importing.ImportOptions;
import org.opencrm.adapter.cli.importing.ImportRun;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.application.port.in.survey.ImportSurveyResponsesUseCase;
import org.opencrm.formats.csv.SurveyResponseCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm surveys import FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Imports survey responses from a CSV file with a header row. Columns (any order; rename with "
                + "--map): response_id, customer_id, answered_at (required); satisfaction, recommend, "
                + "repurchase_intention, trust, commitment, involvement (1-5 but recommend 0-10), other_providers "
                + "(optional, an empty cell is a skipped question). response_id is the idempotency key. customer_id is "
                + "the customer's external id in --source; responses of unknown customers and answers off their scale "
                + "are written to the rejects file with line, field and reason; the rest is imported.")
public final class ImportSurveyResponsesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "CSV file to import.")
    Path file;

    @Mixin
    ImportOptions options;

    @Mixin
    CustomerSourceOption source;

    private final ImportSurveyResponsesUseCase importResponses;

    @Inject
    public ImportSurveyResponsesCommand(ImportSurveyResponsesUseCase importResponses) {
        this.importResponses = Objects.requireNonNull(importResponses);
    }

    @Override
    public Integer call() throws IOException {
        int batchSize = options.batchSize(spec);
        return ImportRun.csv(spec, "import survey responses", file, options, batchSize, SurveyResponseCsv.REQUIRED,
                SurveyResponseCsv.FIELDS, table -> SurveyResponseCsv::parse,
                (rows, listener) -> importResponses.importResponses(
                        new ImportSurveyResponsesUseCase.Command(rows, source.get(), batchSize, listener)));
    }
}
