package org.opencrm.adapter.rest.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /campaigns}: {@code campaignId} is the idempotency key (a new one when absent). */
public record NewCampaignJson(String campaignId,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String name,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String segment,
                              @Schema(description = "default: the latest version") Integer segmentVersion,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED,
                                      allowableValues = {"email", "phone", "letter", "visit", "chat", "social"})
                              String channel,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String offer,
                              @Schema(requiredMode = Schema.RequiredMode.REQUIRED) BigDecimal costPerContact,
                              @Schema(description = "default 0") BigDecimal fixedCost,
                              @Schema(description = "default USD") String currency,
                              @Schema(description = "more than 0, at most 0.5; default 0.1") Double controlFraction,
                              @Schema(description = "default 1") Long seed,
                              @Schema(description = "default: today") LocalDate startOn,
                              @Schema(description = "default 30") Integer attributionDays) {
}
