package org.opencrm.formats;

import java.time.Instant;
import java.time.LocalDate;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.money.Money;

/** A campaign as {@code crm campaigns ... --format json} and the API show it. */
public record CampaignJson(String campaignId, String name, String segment, int segmentVersion, String channel,
                           String offer, Money costPerContact, Money fixedCost, double controlFraction, long seed,
                           LocalDate startedOn, int attributionDays, long excludedWithoutConsent, Instant createdAt) {

    public static CampaignJson of(Campaign c) {
        return new CampaignJson(c.id().value(), c.name(), c.segment(), c.segmentVersion(), c.channel().code(),
                c.offer(), c.costPerContact(), c.fixedCost(), c.controlFraction(), c.seed(), c.startedOn(),
                c.attributionDays(), c.excludedWithoutConsent(), c.createdAt());
    }
}
