package org.opencrm.formats;

import java.time.Instant;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.money.Money;

/** A member's response to a campaign, as {@code crm campaigns respond --format json} and the API show it. */
public record CampaignResponseJson(String campaignId, String customerId, boolean responded, boolean converted,
                                   Money revenue, Instant at) {

    public static CampaignResponseJson of(CampaignResponse r) {
        return new CampaignResponseJson(r.campaign().value(), r.customer().value(), r.responded(), r.converted(),
                r.revenue(), r.at());
    }
}
