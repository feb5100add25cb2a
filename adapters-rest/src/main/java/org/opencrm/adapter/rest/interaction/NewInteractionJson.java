package org.opencrm.adapter.rest.interaction;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The body of {@code POST /customers/{id}/interactions}: {@code interactionId} is the idempotency key (posting it
 * again returns the stored interaction); without {@code occurredAt} the contact happened now.
 */
public record NewInteractionJson(String interactionId,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                         allowableValues = {"phone", "email", "visit", "chat", "social", "letter"})
                                 String channel,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                         allowableValues = {"inbound", "outbound"}) String direction,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String type,
                                 @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String summary,
                                 String outcome, Instant occurredAt, String owner,
                                 @Schema(description = "An earlier interaction of the same customer") String continues) {
}
