package org.opencrm.application.port.in.campaign;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.money.Money;

/**
 * Driving port: starts a campaign from a segment. Its members as of the start date are snapshotted once, those
 * without marketing consent for the channel (e-mail, phone) left out and counted, and a control group held out at
 * random with the given seed. Refused: an unknown segment, a segment with no member to contact.
 */
public interface StartCampaignUseCase {

    Started start(Command command);

    /** What to start; the id defaults to a new one, the segment version to the latest, the start to today. */
    record Command(Optional<CampaignId> id, String name, String segment, Optional<Integer> segmentVersion,
                   ContactChannel channel, String offer, Money costPerContact, Money fixedCost,
                   double controlFraction, long seed, Optional<LocalDate> startOn, int attributionDays) {
        public Command {
            Objects.requireNonNull(id, "'id' must not be null");
            Objects.requireNonNull(segmentVersion, "'segmentVersion' must not be null");
            Objects.requireNonNull(startOn, "'startOn' must not be null");
        }
    }

    /** The campaign and the sizes of its two groups. */
    record Started(Campaign campaign, long treated, long control) {
    }
}
