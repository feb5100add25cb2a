package org.opencrm.application.port.in.interaction;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;

/**
 * Driving port: records a contact with a customer. The id is the idempotency key: the same interaction sent
 * again is answered with the stored one; other content under a known id is refused. An interaction may only
 * continue an earlier interaction of the same customer.
 */
public interface RecordInteractionUseCase {

    Result record(Command command);

    /** The contact to record; without an id one is generated, without a time it happened now. */
    record Command(Optional<InteractionId> id, CustomerId customerId, ContactChannel channel, Direction direction,
                   String type, String summary, Optional<String> outcome, Optional<Instant> occurredAt,
                   Optional<String> owner, Optional<InteractionId> continues) {
        public Command {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(customerId, "'customerId' must not be null");
            Objects.requireNonNull(occurredAt, "'occurredAt' must not be null");
        }
    }

    /** The stored interaction, and whether this call stored it (false: a replay of the same interaction). */
    record Result(Interaction interaction, boolean created) {
    }
}
