package org.opencrm.adapter.rest.importing;

import java.io.InputStream;
import java.util.Iterator;
import java.util.function.Supplier;
import org.opencrm.application.port.in.campaign.ImportCampaignResponsesUseCase;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.CustomerRow;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.NaturalKey;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.interaction.ImportInteractionsUseCase.InteractionRow;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;
import org.opencrm.application.port.in.survey.ImportSurveyResponsesUseCase.ResponseRow;
import org.opencrm.domain.product.Product;
import org.opencrm.formats.csv.CsvFormatException;
import org.opencrm.formats.csv.CsvImports;

/**
 * Import rows from a CSV body, in the layouts {@code crm import purchases|customers|products} read (the formats
 * module owns them), so both doors accept the same files with the same rejects. A body no row of which can be
 * read (a missing column) is an {@link IllegalArgumentException} without the command line's hints; {@code source}
 * names the body in rejects.
 */
public final class CsvReaders {

    /** Rows parsed ahead of the writer: one batch. */
    private static final int READ_AHEAD = 1000;

    public Iterator<ImportRow<PurchaseRow>> purchases(String source, InputStream in, String defaultCurrency) {
        return withoutHints(() -> CsvImports.purchases(source, in, defaultCurrency, READ_AHEAD));
    }

    public Iterator<ImportRow<CustomerRow>> customers(String source, InputStream in, NaturalKey key,
                                                      String externalIdSource, String defaultCurrency) {
        return withoutHints(() -> CsvImports.customers(source, in, key, externalIdSource, defaultCurrency));
    }

    public Iterator<ImportRow<InteractionRow>> interactions(String source, InputStream in) {
        return withoutHints(() -> CsvImports.interactions(source, in));
    }

    public Iterator<ImportRow<ResponseRow>> surveyResponses(String source, InputStream in) {
        return withoutHints(() -> CsvImports.surveyResponses(source, in));
    }

    public Iterator<ImportRow<ImportCampaignResponsesUseCase.ResponseRow>> campaignResponses(String source,
                                                                                    InputStream in) {
        return withoutHints(() -> CsvImports.campaignResponses(source, in));
    }

    public Iterator<ImportRow<Product>> products(String source, InputStream in, String defaultCurrency) {
        return withoutHints(() -> CsvImports.products(source, in, defaultCurrency));
    }

    private static <T> T withoutHints(Supplier<T> open) {
        try {
            return open.get();
        } catch (CsvFormatException e) {
            throw new IllegalArgumentException(e.problem(), e);
        }
    }
}
