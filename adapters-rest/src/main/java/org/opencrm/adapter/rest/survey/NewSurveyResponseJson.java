package org.opencrm.adapter.rest.survey;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * The body of {@code POST /customers/{id}/survey-responses}: {@code responseId} is the idempotency key; without
 * {@code answeredAt} it was answered now; at least one answer, each on its scale.
 */
public record NewSurveyResponseJson(String responseId, Instant answeredAt,
                                    @Schema(minimum = "1", maximum = "5") Integer satisfaction,
                                    @Schema(minimum = "0", maximum = "10") Integer recommend,
                                    @Schema(minimum = "1", maximum = "5") Integer repurchaseIntention,
                                    @Schema(minimum = "1", maximum = "5") Integer trust,
                                    @Schema(minimum = "1", maximum = "5") Integer commitment,
                                    @Schema(minimum = "1", maximum = "5") Integer involvement,
                                    @Schema(minimum = "0", maximum = "1000") Integer otherProviders) {
}
