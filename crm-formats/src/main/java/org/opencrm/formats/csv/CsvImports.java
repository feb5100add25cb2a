package org.opencrm.formats.csv;

import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencrm.application.concurrent.Prefetch;
import org.opencrm.application.port.in.campaign.ImportCampaignResponsesUseCase;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.CustomerRow;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.NaturalKey;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.interaction.ImportInteractionsUseCase.InteractionRow;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;
import org.opencrm.application.port.in.survey.ImportSurveyResponsesUseCase.ResponseRow;
import org.opencrm.domain.product.Product;

/**
 * The import layouts read from a stream with their default column names, comma-separated: what the REST API and
 * the benchmarks read, so that every door accepts the same files with the same rejects as the CLI. The header is
 * checked when a method is called ({@link CsvFormatException}); the caller closes the stream.
 */
public final class CsvImports {

    private CsvImports() {
    }

    /** Purchase rows of {@code in}, named {@code source} in rejects, parsed up to {@code readAhead} rows ahead. */
    public static Iterator<ImportRow<PurchaseRow>> purchases(String source, InputStream in, String defaultCurrency,
                                                             int readAhead) {
        CsvTable table = new CsvTable(source, in, ',', Map.of(), PurchaseCsv.REQUIRED,
                PurchaseCsv.FIELDS);
        return Prefetch.of(table.rows(row -> PurchaseCsv.parse(row, defaultCurrency)),
                "csv-reader", readAhead);
    }

    /** Interaction rows of {@code in}, named {@code source} in rejects. */
    public static Iterator<ImportRow<InteractionRow>> interactions(String source, InputStream in) {
        CsvTable table = new CsvTable(source, in, ',', Map.of(), InteractionCsv.REQUIRED, InteractionCsv.FIELDS);
        return table.rows(InteractionCsv::parse);
    }

    /** Survey-response rows of {@code in}, named {@code source} in rejects. */
    public static Iterator<ImportRow<ResponseRow>> surveyResponses(String source, InputStream in) {
        CsvTable table = new CsvTable(source, in, ',', Map.of(), SurveyResponseCsv.REQUIRED, SurveyResponseCsv.FIELDS);
        return table.rows(SurveyResponseCsv::parse);
    }

    /** Campaign-response rows of {@code in}, named {@code source} in rejects. */
    public static Iterator<ImportRow<ImportCampaignResponsesUseCase.ResponseRow>> campaignResponses(String source, InputStream in) {
        CsvTable table = new CsvTable(source, in, ',', Map.of(), CampaignResponseCsv.REQUIRED,
                CampaignResponseCsv.FIELDS);
        return table.rows(CampaignResponseCsv::parse);
    }

    /** Customer rows of {@code in}; {@code externalIdSource} names the system of the external_id column. */
    public static Iterator<ImportRow<CustomerRow>> customers(String source, InputStream in, NaturalKey key,
                                                             String externalIdSource, String defaultCurrency) {
        CsvTable table = new CsvTable(source, in, ',', Map.of(),
                CustomerCsv.required(key), CustomerCsv.FIELDS);
        List<String> attributes = CustomerCsv.attributeFields(table);
        return table.rows(row -> CustomerCsv.parse(row, externalIdSource, defaultCurrency, attributes));
    }

    /** Product rows of {@code in}. */
    public static Iterator<ImportRow<Product>> products(String source, InputStream in, String defaultCurrency) {
        CsvTable table = new CsvTable(source, in, ',', Map.of(), ProductCsv.REQUIRED,
                ProductCsv.FIELDS);
        return table.rows(row -> ProductCsv.parse(row, defaultCurrency));
    }
}
