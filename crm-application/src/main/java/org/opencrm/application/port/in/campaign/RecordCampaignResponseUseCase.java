package org.opencrm.application.port.in.campaign;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;

/**
 * Driving port: records a member's response to a campaign, once. Refused: an unknown campaign, a customer who is
 * not in its snapshot, a second response of one member (the same response again answers the stored one).
 */
public interface RecordCampaignResponseUseCase {

    Result record(Command command);

    /** A response; revenue in the campaign's currency, zero by default; the time defaults to now. */
    record Command(CampaignId campaign, CustomerId customer, boolean responded, boolean converted,
                   Optional<Money> revenue, Optional<Instant> at) {
        public Command {
            Objects.requireNonNull(campaign, "'campaign' must not be null");
            Objects.requireNonNull(customer, "'customer' must not be null");
            Objects.requireNonNull(revenue, "'revenue' must not be null");
            Objects.requireNonNull(at, "'at' must not be null");
        }
    }

    /** The stored response, and whether it is new. */
    record Result(CampaignResponse response, boolean created) {
    }
}
