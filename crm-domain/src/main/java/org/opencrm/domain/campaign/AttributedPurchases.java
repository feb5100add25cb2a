package org.opencrm.domain.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;

/**
 * What members bought in the campaign's attribution window ({@code attributionDays} from the start day on), with or
 * without a recorded response: how many of each group bought and for how much, and the lift of the buying rate over
 * control with Newcombe's 95 % interval. The store's purchases speak for themselves here: a member need not have
 * been recorded as responding to have bought.
 */
public record AttributedPurchases(long treatedBuyers, Money treatedRevenue, long controlBuyers, Money controlRevenue,
                                  Optional<ResponseLift> buyingLift) {

    /** From each member's spend in the window (members who bought nothing absent from {@code spent}). */
    public static AttributedPurchases of(Campaign campaign, List<CampaignMember> members, Map<CustomerId, Money> spent) {
        Money zero = Money.ofMinor(0, campaign.costPerContact().currency());
        long[] buyers = new long[2];
        long[] size = new long[2];
        Money[] revenue = {zero, zero};
        for (CampaignMember m : members) {
            int g = m.group().ordinal();
            size[g]++;
            Money s = spent.get(m.customer());
            if (s != null && s.amount().signum() > 0) {
                buyers[g]++;
                revenue[g] = revenue[g].plus(s);
            }
        }
        Optional<ResponseLift> lift = size[0] > 0 && size[1] > 0
                ? Optional.of(ResponseLift.of(buyers[0], size[0], buyers[1], size[1])) : Optional.empty();
        return new AttributedPurchases(buyers[0], revenue[0], buyers[1], revenue[1], lift);
    }
}
