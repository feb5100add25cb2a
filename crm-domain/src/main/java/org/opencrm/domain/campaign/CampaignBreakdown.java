package org.opencrm.domain.campaign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;

/**
 * A campaign's results within one kind of customer (a tier, an RFM segment, as they were at the start): each
 * group's members, responders, converters and revenue there, and the response lift over that kind's own control
 * members with Newcombe's 95 % interval. Small kinds give wide intervals: read them as such.
 */
public record CampaignBreakdown(String dimension, String value, CampaignResults.Group treated,
                                CampaignResults.Group control, Optional<ResponseLift> responseLift) {

    /** The value of members whose kind is not known (no valuation, no purchase by the start). */
    public static final String UNCLASSIFIED = "unclassified";

    public CampaignBreakdown {
        Objects.requireNonNull(dimension, "'dimension' must not be null");
        Objects.requireNonNull(value, "'value' must not be null");
        Objects.requireNonNull(treated, "'treated' must not be null");
        Objects.requireNonNull(control, "'control' must not be null");
        Objects.requireNonNull(responseLift, "'responseLift' must not be null");
    }

    /**
     * One row per kind that has members, in {@code order} (kinds not in it after, then {@link #UNCLASSIFIED});
     * {@code kindOf} says a member's kind, empty when unknown.
     */
    public static List<CampaignBreakdown> of(String dimension, List<String> order, Campaign campaign,
                                             List<CampaignMember> members, List<CampaignResponse> responses,
                                             Function<CustomerId, Optional<String>> kindOf) {
        Map<CustomerId, CampaignResponse> byCustomer = new HashMap<>();
        responses.forEach(r -> byCustomer.put(r.customer(), r));
        Map<String, Tally[]> tallies = new LinkedHashMap<>();
        order.forEach(kind -> tallies.put(kind, null));
        Money zero = Money.ofMinor(0, campaign.costPerContact().currency());
        for (CampaignMember m : members) {
            String kind = kindOf.apply(m.customer()).orElse(UNCLASSIFIED);
            Tally[] t = tallies.get(kind);
            if (t == null) {
                t = new Tally[] {new Tally(zero), new Tally(zero)};
                tallies.put(kind, t); // a kind of the order keeps its place, another goes last
            }
            t[m.group().ordinal()].add(byCustomer.get(m.customer()));
        }
        List<CampaignBreakdown> rows = new ArrayList<>();
        Tally[] unclassified = tallies.remove(UNCLASSIFIED);
        tallies.forEach((kind, t) -> {
            if (t != null) {
                rows.add(row(dimension, kind, t));
            }
        });
        if (unclassified != null) {
            rows.add(row(dimension, UNCLASSIFIED, unclassified));
        }
        return rows;
    }

    private static CampaignBreakdown row(String dimension, String kind, Tally[] t) {
        CampaignResults.Group treated = t[CampaignGroup.TREATED.ordinal()].group();
        CampaignResults.Group control = t[CampaignGroup.CONTROL.ordinal()].group();
        Optional<ResponseLift> lift = treated.members() > 0 && control.members() > 0
                ? Optional.of(ResponseLift.of(treated.responded(), treated.members(), control.responded(),
                        control.members()))
                : Optional.empty();
        return new CampaignBreakdown(dimension, kind, treated, control, lift);
    }

    /** One group's counts within one kind. */
    private static final class Tally {
        private long members;
        private long responded;
        private long converted;
        private Money revenue;

        Tally(Money zero) {
            this.revenue = zero;
        }

        void add(CampaignResponse r) {
            members++;
            if (r != null) {
                responded += r.responded() ? 1 : 0;
                converted += r.converted() ? 1 : 0;
                revenue = revenue.plus(r.revenue());
            }
        }

        CampaignResults.Group group() {
            return new CampaignResults.Group(members, responded, converted, revenue);
        }
    }
}
