package org.opencrm.application.port.in.complaint;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.ComplaintStatus;
import org.opencrm.domain.complaint.FollowUp;

/**
 * Driving port: moves a complaint case along its lifecycle. Resolving a case schedules a follow-up (by the
 * customer's tier's cadence) in the same transaction; an illegal move is refused and nothing is written.
 */
public interface UpdateComplaintUseCase {

    Result update(Command command);

    /** The move: to {@code status} at {@code at} (default now), with the resolution when resolving. */
    record Command(ComplaintId id, ComplaintStatus status, Optional<Instant> at, Optional<String> resolution) {
        public Command {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(status, "'status' must not be null");
            Objects.requireNonNull(at, "'at' must not be null");
            Objects.requireNonNull(resolution, "'resolution' must not be null");
        }
    }

    /** The case after the move, and the follow-up it scheduled, if any. */
    record Result(Complaint complaint, Optional<FollowUp> followUp) {
    }
}
