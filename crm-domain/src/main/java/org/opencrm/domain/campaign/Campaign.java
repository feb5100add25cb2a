package org.opencrm.domain.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.opencrm.domain.customer.Text;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.time.TimeRange;

/**
 * A direct-marketing campaign (seed 001): drawn from one version of a segment on its start date, contacted
 * through a channel with an offer, at a cost per contact plus a fixed cost, with a share of the members held out
 * as a control group (the seed makes the split reproducible). Members without marketing consent for the channel
 * were left out and counted. Purchases within {@code attributionDays} of the start count as its revenue.
 */
public record Campaign(CampaignId id, String name, String segment, int segmentVersion, ContactChannel channel,
                       String offer, Money costPerContact, Money fixedCost, double controlFraction, long seed,
                       LocalDate startedOn, int attributionDays, long excludedWithoutConsent, Instant createdAt) {

    /** Longest attribution window, in days. */
    public static final int MAX_ATTRIBUTION_DAYS = 365;

    public Campaign {
        Objects.requireNonNull(id, "'id' must not be null");
        name = Text.required("name", name, 200);
        segment = Text.required("segment", segment, 64);
        if (segmentVersion < 1) {
            throw new IllegalArgumentException("'segmentVersion' must be at least 1, got " + segmentVersion);
        }
        Objects.requireNonNull(channel, "'channel' must not be null");
        offer = Text.required("offer", offer, 1_000);
        Objects.requireNonNull(costPerContact, "'costPerContact' must not be null");
        Objects.requireNonNull(fixedCost, "'fixedCost' must not be null");
        if (costPerContact.isNegative() || fixedCost.isNegative()) {
            throw new IllegalArgumentException("'costPerContact' and 'fixedCost' must not be negative");
        }
        if (!costPerContact.currency().equals(fixedCost.currency())) {
            throw new IllegalArgumentException("'fixedCost' must be in the currency of 'costPerContact' ("
                    + costPerContact.currency().getCurrencyCode() + ")");
        }
        costPerContact.storable("costPerContact");
        fixedCost.storable("fixedCost");
        if (!(controlFraction > 0 && controlFraction <= ControlGroup.MAX_FRACTION)) {
            throw new IllegalArgumentException("'controlFraction' must be more than 0 and at most "
                    + ControlGroup.MAX_FRACTION + ", got " + controlFraction);
        }
        TimeRange.requireKept("startedOn", startedOn);
        if (attributionDays < 1 || attributionDays > MAX_ATTRIBUTION_DAYS) {
            throw new IllegalArgumentException("'attributionDays' must be 1.." + MAX_ATTRIBUTION_DAYS + ", got "
                    + attributionDays);
        }
        if (excludedWithoutConsent < 0) {
            throw new IllegalArgumentException("'excludedWithoutConsent' must not be negative");
        }
        TimeRange.requireKept("createdAt", createdAt);
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }

    /** What contacting {@code contacted} members cost in all. */
    public Money cost(long contacted) {
        return costPerContact.times(contacted).plus(fixedCost);
    }
}
