package org.opencrm.adapter.rest.purchase;

import java.io.InputStream;
import java.util.Iterator;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;

/**
 * Reads purchase rows from CSV in the layout of {@code crm import purchases}. Given by the bootstrap (the CLI
 * adapter owns that layout), so both doors accept the same files with the same rejects.
 */
@FunctionalInterface
public interface CsvPurchases {

    /**
     * The rows of {@code in}, named {@code source} in rejects; {@link IllegalArgumentException} when the header
     * lacks a required column.
     */
    Iterator<ImportRow<PurchaseRow>> rows(String source, InputStream in, String defaultCurrency);
}
