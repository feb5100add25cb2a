package org.opencrm.application.port.in.product;

import java.util.Iterator;
import java.util.Objects;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.domain.product.Product;

/**
 * Driving port: loads the product catalog from a stream of parsed rows in committed batches. A product whose id
 * is stored is replaced (updated) or, when identical, counted as a duplicate: re-importing changes nothing.
 */
public interface ImportProductsUseCase {

    ImportSummary importProducts(Command command);

    /** The rows and the batch size. */
    record Command(Iterator<ImportRow<Product>> rows, int batchSize, ImportListener listener) {
        public Command {
            Objects.requireNonNull(rows, "'rows' must not be null");
            if (batchSize < 1) {
                throw new IllegalArgumentException("'batchSize' must be positive: " + batchSize);
            }
            Objects.requireNonNull(listener, "'listener' must not be null");
        }
    }
}
