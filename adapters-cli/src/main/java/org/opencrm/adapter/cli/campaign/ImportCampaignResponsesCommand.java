package org.opencrm.adapter.cli.campaign;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.opencrm.adapter.cli.importing.CustomerSourceOption;
import org.opencrm.adapter.cli.importing.ImportOptions;
import org.opencrm.adapter.cli.importing.ImportRun;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.application.port.in.campaign.ImportCampaignResponsesUseCase;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.formats.csv.CampaignResponseCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crm campaigns import CAMPAIGN_ID FILE}. */
@Command(name = "import", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Imports responses to campaign CAMPAIGN_ID from a CSV file with a header row. Columns (any "
                + "order; rename with --map): customer_id, responded (required); converted (implies responded), "
                + "revenue (an amount of the campaign's currency, default 0), responded_at (ISO-8601, default: now) "
                + "(optional); yes/no cells read true, false, yes, no, 1 or 0. customer_id is the member's external id "
                + "in --source. The member is the idempotency key: the same response again is a duplicate; a "
                + "different one, a customer not in the campaign or an unknown customer is written to the rejects "
                + "file with line, field and reason; the rest is imported. An unknown campaign: exit 4.")
public final class ImportCampaignResponsesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CAMPAIGN_ID")
    String campaign;

    @Parameters(index = "1", paramLabel = "FILE", description = "CSV file to import.")
    Path file;

    @Mixin
    ImportOptions options;

    @Mixin
    CustomerSourceOption source;

    private final ImportCampaignResponsesUseCase importResponses;

    @Inject
    public ImportCampaignResponsesCommand(ImportCampaignResponsesUseCase importResponses) {
        this.importResponses = Objects.requireNonNull(importResponses);
    }

    @Override
    public Integer call() throws IOException {
        int batchSize = options.batchSize(spec);
        return ImportRun.csv(spec, "import campaign responses", file, options, batchSize, CampaignResponseCsv.REQUIRED,
                CampaignResponseCsv.FIELDS, table -> CampaignResponseCsv::parse,
                (rows, listener) -> importResponses.importResponses(new ImportCampaignResponsesUseCase.Command(
                        CampaignId.of(campaign), rows, source.get(), batchSize, listener)));
    }
}
