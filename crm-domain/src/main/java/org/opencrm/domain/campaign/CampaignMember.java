package org.opencrm.domain.campaign;

import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;

/** One customer of a campaign's snapshot, contacted or held out; the snapshot never changes after the start. */
public record CampaignMember(CampaignId campaign, CustomerId customer, CampaignGroup group) {

    public CampaignMember {
        Objects.requireNonNull(campaign, "'campaign' must not be null");
        Objects.requireNonNull(customer, "'customer' must not be null");
        Objects.requireNonNull(group, "'group' must not be null");
    }
}
