package org.opencrm.application.port.in.purchase;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.PurchaseId;

/**
 * Driving port: imports purchases from a stream of parsed rows, in committed batches.
 *
 * <p>Re-running the same rows stores nothing twice; a run cut off at any point leaves whole batches only,
 * and a re-run completes it. Bad rows are rejected one by one and never stop the import.
 */
public interface ImportPurchasesUseCase {

    ImportSummary importPurchases(Command command);

    /** What to do with a purchase whose customer external id is not known yet. */
    enum UnknownCustomers { REGISTER, REJECT }

    /** The rows, the source system their customer ids belong to, and how to treat unknown customers. */
    record Command(Iterator<ImportRow<PurchaseRow>> rows, String customerSource, UnknownCustomers unknownCustomers,
                   int batchSize, ImportListener listener) {
        public Command {
            Objects.requireNonNull(rows, "'rows' must not be null");
            Objects.requireNonNull(customerSource, "'customerSource' must not be null");
            Objects.requireNonNull(unknownCustomers, "'unknownCustomers' must not be null");
            if (batchSize < 1) {
                throw new IllegalArgumentException("'batchSize' must be positive: " + batchSize);
            }
            Objects.requireNonNull(listener, "'listener' must not be null");
        }
    }

    /** One purchase as read from a file; the customer is named by their external id. */
    record PurchaseRow(PurchaseId id, String customerExternalId, Optional<String> customerName, Instant occurredAt,
                       Money amount, Channel channel, List<LineItem> lineItems) {
        public PurchaseRow {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(customerExternalId, "'customerExternalId' must not be null");
            Objects.requireNonNull(customerName, "'customerName' must not be null");
            Objects.requireNonNull(occurredAt, "'occurredAt' must not be null");
            Objects.requireNonNull(amount, "'amount' must not be null");
            Objects.requireNonNull(channel, "'channel' must not be null");
            lineItems = List.copyOf(Objects.requireNonNull(lineItems, "'lineItems' must not be null"));
        }
    }
}
