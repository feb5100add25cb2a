package org.opencrm.application.port.in.campaign;

import java.util.List;
import org.opencrm.domain.campaign.AttributedPurchases;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignBreakdown;
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

    /**
     * A campaign, its results from the recorded responses, what members bought in its attribution window, the
     * results per tier and per RFM segment as of the start, and notes on what could not be broken down.
     */
    record CampaignReport(Campaign campaign, CampaignResults results, AttributedPurchases purchases,
                          List<CampaignBreakdown> breakdown, List<String> notes) {
        public CampaignReport {
            breakdown = List.copyOf(breakdown);
            notes = List.copyOf(notes);
        }
    }
}
