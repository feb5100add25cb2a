package org.opencrm.application.port.in.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.Severity;
import org.opencrm.domain.customer.CustomerId;

/**
 * Driving port: opens a complaint case. The id is the idempotency key: the same case sent again is answered with
 * the stored one; other content under a known id is refused.
 */
public interface OpenComplaintUseCase {

    Result open(Command command);

    /** The case to open; without an id one is generated, without a time it was opened now. */
    record Command(Optional<ComplaintId> id, CustomerId customerId, Optional<Instant> openedAt, String category,
                   Severity severity, String summary) {
        public Command {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(customerId, "'customerId' must not be null");
            Objects.requireNonNull(openedAt, "'openedAt' must not be null");
        }
    }

    /** The stored case, and whether this call opened it (false: a replay). */
    record Result(Complaint complaint, boolean created) {
    }
}
