package org.opencrm.adapter.rest.complaint;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** The body of {@code POST /customers/{id}/follow-ups}: {@code followUpId} is the idempotency key. */
public record NewFollowUpJson(String followUpId,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate dueOn,
                              String owner,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String reason) {
}
