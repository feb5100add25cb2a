package org.opencrm.application.port.in.complaint;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.customer.CustomerId;

/** Driving port: schedules a revisit of a customer by hand; idempotent by id like every other fact. */
public interface ScheduleFollowUpUseCase {

    Result schedule(Command command);

    /** The revisit; without an id one is generated. */
    record Command(Optional<FollowUpId> id, CustomerId customerId, LocalDate dueOn, Optional<String> owner,
                   String reason) {
        public Command {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(customerId, "'customerId' must not be null");
            Objects.requireNonNull(dueOn, "'dueOn' must not be null");
        }
    }

    /** The stored follow-up and whether this call stored it. */
    record Result(FollowUp followUp, boolean created) {
    }
}
