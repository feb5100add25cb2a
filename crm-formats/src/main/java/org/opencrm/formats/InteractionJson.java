package org.opencrm.formats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;

/** An interaction as the API and {@code --format json} show it; absent optional fields are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record InteractionJson(String interactionId, String customerId,
                              @Schema(allowableValues = {"phone", "email", "visit", "chat", "social", "letter"})
                              String channel,
                              @Schema(allowableValues = {"inbound", "outbound"}) String direction,
                              @Schema(description = "What kind of contact, lower case: inquiry, complaint, follow-up, "
                                      + "survey, campaign-contact, feedback, ...") String type,
                              String summary, String outcome, Instant occurredAt, String owner,
                              @Schema(description = "The earlier interaction of the same customer this one continues")
                              String continues) {

    public static InteractionJson of(Interaction i) {
        return new InteractionJson(i.id().value(), i.customerId().value(), i.channel().code(), i.direction().code(),
                i.type(), i.summary(), i.outcome().orElse(null), i.occurredAt(), i.owner().orElse(null),
                i.continues().map(InteractionId::value).orElse(null));
    }
}
