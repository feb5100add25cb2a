package org.opencrm.application.port.in.complaint;

import java.time.Instant;
import java.util.Optional;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;

/** Driving port: marks a follow-up done (now, unless told when); done twice is refused. */
public interface CompleteFollowUpUseCase {

    /** @throws org.opencrm.application.error.FactNotFoundException for an unknown follow-up */
    FollowUp complete(FollowUpId id, Optional<Instant> at);
}
