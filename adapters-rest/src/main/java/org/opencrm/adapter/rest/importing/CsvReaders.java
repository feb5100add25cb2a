package org.opencrm.adapter.rest.importing;

import java.io.InputStream;
import java.util.Iterator;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.CustomerRow;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase.NaturalKey;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;
import org.opencrm.domain.product.Product;

/**
 * Reads import rows from CSV in the layouts of {@code crm import purchases|customers|products}. Given by the
 * bootstrap (the CLI adapter owns those layouts), so both doors accept the same files with the same rejects.
 * Each method throws {@link IllegalArgumentException} when the header lacks a required column; {@code source}
 * names the body in rejects.
 */
public interface CsvReaders {

    Iterator<ImportRow<PurchaseRow>> purchases(String source, InputStream in, String defaultCurrency);

    Iterator<ImportRow<CustomerRow>> customers(String source, InputStream in, NaturalKey key, String externalIdSource,
                                               String defaultCurrency);

    Iterator<ImportRow<Product>> products(String source, InputStream in, String defaultCurrency);
}
