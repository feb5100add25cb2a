package org.opencrm.adapter.rest.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/** The body of {@code POST /campaigns/{id}/responses}: one member's response, recorded once. */
public record NewCampaignResponseJson(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String customerId,
                                      @Schema(description = "default false") Boolean responded,
                                      @Schema(description = "default false; true implies responded") Boolean converted,
                                      @Schema(description = "in the campaign's currency; default 0") BigDecimal revenue,
                                      @Schema(description = "default: now") Instant at) {

    boolean didRespond() {
        return Boolean.TRUE.equals(responded) || didConvert();
    }

    boolean didConvert() {
        return Boolean.TRUE.equals(converted);
    }
}
