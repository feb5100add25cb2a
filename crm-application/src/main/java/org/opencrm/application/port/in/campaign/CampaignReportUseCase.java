package org.opencrm.application.port.in.campaign;

import java.util.List;
import org.opencrm.domain.campaign.AttributedPurchases;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignResults;

/** Driving port: the campaigns, and one campaign measured against its control group. */
public interface CampaignReportUseCase {

    /** Every campaign, newest start first. */
    List<Campaign> campaigns();

    /** One campaign; refused with {@code FactNotFoundException} when unknown. */
    Campaign campaign(CampaignId id);

    /** Refused with {@code FactNotFoundException} for an unknown campaign. */
    CampaignReport report(CampaignId id);

    /** A campaign, its results from the recorded responses, and what members bought in its attribution window. */
    record CampaignReport(Campaign campaign, CampaignResults results, AttributedPurchases purchases) {
    }
}
