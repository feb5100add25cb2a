package org.opencrm.application.port.in.customer;

import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.domain.customer.CustomerUpdate;
import org.opencrm.domain.customer.UpdatePolicy;

/**
 * Driving port: upserts customers from a stream of parsed rows on a declared natural key, in committed batches,
 * so that a re-import updates instead of duplicating.
 */
public interface ImportCustomersUseCase {

    ImportSummary importCustomers(Command command);

    /** Which field identifies the same customer across imports. */
    enum NaturalKey { EXTERNAL_ID, EMAIL }

    /** The rows, the key, the source system of the external ids, and the update policy for known customers. */
    record Command(Iterator<ImportRow<CustomerRow>> rows, NaturalKey key, String source, UpdatePolicy policy,
                   int batchSize, ImportListener listener) {
        public Command {
            Objects.requireNonNull(rows, "'rows' must not be null");
            Objects.requireNonNull(key, "'key' must not be null");
            Objects.requireNonNull(source, "'source' must not be null");
            Objects.requireNonNull(policy, "'policy' must not be null");
            if (batchSize < 1) {
                throw new IllegalArgumentException("'batchSize' must be positive: " + batchSize);
            }
            Objects.requireNonNull(listener, "'listener' must not be null");
        }
    }

    /** One customer as read from a file: the profile fields it gives and, optionally, when they became one. */
    record CustomerRow(CustomerUpdate profile, Optional<Instant> createdAt) {
        public CustomerRow {
            Objects.requireNonNull(profile, "'profile' must not be null");
            Objects.requireNonNull(createdAt, "'createdAt' must not be null");
        }
    }
}
