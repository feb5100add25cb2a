package org.opencrm.domain.campaign;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.time.TimeRange;

/**
 * A member's answer to a campaign, recorded once: responded (opened, called back, came in) and converted (bought
 * what was offered), with the revenue it brought. Control members may respond too (they bought anyway): that is
 * the baseline the lift is measured against.
 */
public record CampaignResponse(CampaignId campaign, CustomerId customer, boolean responded, boolean converted,
                               Money revenue, Instant at) {

    public CampaignResponse {
        Objects.requireNonNull(campaign, "'campaign' must not be null");
        Objects.requireNonNull(customer, "'customer' must not be null");
        Objects.requireNonNull(revenue, "'revenue' must not be null");
        if (revenue.isNegative()) {
            throw new IllegalArgumentException("'revenue' must not be negative");
        }
        revenue.storable("revenue");
        if (converted && !responded) {
            throw new IllegalArgumentException("'converted' needs 'responded': a member who bought responded");
        }
        TimeRange.requireKept("at", at);
        at = at.truncatedTo(ChronoUnit.MILLIS);
    }
}
