package org.opencrm.adapter.cli.importing;

import org.opencrm.application.concurrent.Prefetch;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;

/** Purchase rows of a CSV file in the default layout, for callers other than the import command (benchmarks). */
public final class PurchaseCsv {

    private PurchaseCsv() {
    }

    /** Rows of {@code in}, named {@code source} in rejects; the caller closes the stream. */
    public static Iterator<ImportRow<PurchaseRow>> rows(String source, InputStream in, String defaultCurrency,
                                                        int readAhead) {
        CsvTable table = new CsvTable(source, in, ',', Map.of(), ImportPurchasesCommand.REQUIRED,
                ImportPurchasesCommand.FIELDS);
        return Prefetch.of(table.rows(row -> ImportPurchasesCommand.parse(row, defaultCurrency)),
                "csv-reader", readAhead);
    }
}
