package org.opencrm.domain.interaction;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.Text;
import org.opencrm.domain.time.TimeRange;

/**
 * One contact with a customer (a call, an e-mail, a visit, ...): its channel and direction, what kind of
 * contact it was and what came of it, when it happened and who on the company's side owned it. An interaction
 * may continue an earlier one of the same customer, so a timeline reads as threads.
 */
public record Interaction(InteractionId id, CustomerId customerId, ContactChannel channel, Direction direction,
                          String type, String summary, Optional<String> outcome, Instant occurredAt,
                          Optional<String> owner, Optional<InteractionId> continues) {

    /** Longest summary kept: a paragraph, not a transcript. */
    public static final int MAX_SUMMARY = 2_000;

    public Interaction {
        Objects.requireNonNull(id, "'interactionId' must not be null");
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(channel, "'channel' must not be null");
        Objects.requireNonNull(direction, "'direction' must not be null");
        type = Text.required("type", type, 64).toLowerCase(java.util.Locale.ROOT);
        summary = Text.required("summary", summary, MAX_SUMMARY);
        outcome = Objects.requireNonNull(outcome, "'outcome' must not be null").map(o -> Text.required("outcome", o, 256));
        // Stores keep milliseconds: what is kept is what was given.
        occurredAt = TimeRange.requireKept("occurredAt", Objects.requireNonNull(occurredAt, "'occurredAt' must not be null"))
                .truncatedTo(ChronoUnit.MILLIS);
        owner = Objects.requireNonNull(owner, "'owner' must not be null").map(o -> Text.required("owner", o, 128));
        Objects.requireNonNull(continues, "'continues' must not be null");
        if (continues.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("'continues' must name an earlier interaction, not the interaction itself");
        }
    }

    /** This interaction as another customer's: how a merge moves it to the survivor. */
    public Interaction withCustomer(CustomerId customer) {
        return new Interaction(id, customer, channel, direction, type, summary, outcome, occurredAt, owner, continues);
    }
}
