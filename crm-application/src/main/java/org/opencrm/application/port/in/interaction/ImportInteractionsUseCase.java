package org.opencrm.application.port.in.interaction;

import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.InteractionId;

/**
 * Driving port: imports interactions from parsed rows in committed batches, with the rules of the purchase
 * import: the interaction id is the idempotency key (a re-run stores nothing twice), bad rows are rejected one
 * by one with their line and field, and a run cut off leaves whole batches only. Interactions of customers not
 * known are rejected, never registered: a contact log names people the CRM already knows.
 */
public interface ImportInteractionsUseCase {

    ImportSummary importInteractions(Command command);

    /** The rows and the source system their customer ids belong to. */
    record Command(Iterator<ImportRow<InteractionRow>> rows, String customerSource, int batchSize,
                   ImportListener listener) {
        public Command {
            Objects.requireNonNull(rows, "'rows' must not be null");
            Objects.requireNonNull(customerSource, "'customerSource' must not be null");
            if (batchSize < 1) {
                throw new IllegalArgumentException("'batchSize' must be positive: " + batchSize);
            }
            Objects.requireNonNull(listener, "'listener' must not be null");
        }
    }

    /**
     * One interaction as read from a file; the customer is named by their external id, and {@code continues} may
     * name an interaction stored before or one earlier in the same file.
     */
    record InteractionRow(InteractionId id, String customerExternalId, ContactChannel channel, Direction direction,
                          String type, String summary, Optional<String> outcome, Instant occurredAt,
                          Optional<String> owner, Optional<InteractionId> continues) {
        public InteractionRow {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(customerExternalId, "'customerExternalId' must not be null");
        }
    }
}
