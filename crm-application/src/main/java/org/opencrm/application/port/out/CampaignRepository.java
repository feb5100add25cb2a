package org.opencrm.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.customer.CustomerId;

/** Driven port: campaigns with their member snapshots and responses. */
public interface CampaignRepository {

    /** Stores a new campaign and its snapshot together; refused when the id is stored already. */
    void start(Campaign campaign, List<CampaignMember> members);

    Optional<Campaign> findById(CampaignId id);

    /** Every campaign, newest start first (ties by id). */
    List<Campaign> findAll();

    /** A campaign's snapshot in customer-id order. */
    List<CampaignMember> members(CampaignId campaign);

    /** One customer's place in a campaign's snapshot; the default searches the whole snapshot. */
    default Optional<CampaignMember> member(CampaignId campaign, CustomerId customer) {
        return members(campaign).stream().filter(m -> m.customer().equals(customer)).findFirst();
    }

    /** Stores a member's response unless one is stored already; answers whether it was new. */
    boolean respond(CampaignResponse response);

    /** A campaign's responses in customer-id order. */
    List<CampaignResponse> responses(CampaignId campaign);

    /** One member's response; the default searches all the campaign's responses. */
    default Optional<CampaignResponse> response(CampaignId campaign, CustomerId customer) {
        return responses(campaign).stream().filter(r -> r.customer().equals(customer)).findFirst();
    }
}
