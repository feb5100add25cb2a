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
        // Per kind and group: members, responders, converters, and the revenue.
        Map<String, long[][]> counts = new LinkedHashMap<>();
        Map<String, Money[]> revenue = new HashMap<>();
        order.forEach(kind -> counts.put(kind, null));
        Money zero = Money.ofMinor(0, campaign.costPerContact().currency());
        for (CampaignMember m : members) {
            String kind = kindOf.apply(m.customer()).orElse(UNCLASSIFIED);
            long[][] c = counts.get(kind);
            if (c == null) {
                c = new long[2][3];
                counts.put(kind, c); // a kind of the order keeps its place, another goes last
                revenue.put(kind, new Money[] {zero, zero});
            }
            int g = m.group().ordinal();
            c[g][0]++;
            CampaignResponse r = byCustomer.get(m.customer());
            if (r != null) {
                c[g][1] += r.responded() ? 1 : 0;
                c[g][2] += r.converted() ? 1 : 0;
                revenue.get(kind)[g] = revenue.get(kind)[g].plus(r.revenue());
            }
        }
        List<CampaignBreakdown> rows = new ArrayList<>();
        long[][] unclassified = counts.remove(UNCLASSIFIED);
        counts.forEach((kind, c) -> {
            if (c != null) {
                rows.add(row(dimension, kind, c, revenue.get(kind)));
            }
        });
        if (unclassified != null) {
            rows.add(row(dimension, UNCLASSIFIED, unclassified, revenue.get(UNCLASSIFIED)));
        }
        return rows;
    }

    private static CampaignBreakdown row(String dimension, String kind, long[][] c, Money[] revenue) {
        int t = CampaignGroup.TREATED.ordinal();
        int k = CampaignGroup.CONTROL.ordinal();
        CampaignResults.Group treated = new CampaignResults.Group(c[t][0], c[t][1], c[t][2], revenue[t]);
        CampaignResults.Group control = new CampaignResults.Group(c[k][0], c[k][1], c[k][2], revenue[k]);
        Optional<ResponseLift> lift = treated.members() > 0 && control.members() > 0
                ? Optional.of(ResponseLift.of(treated.responded(), treated.members(), control.responded(),
                        control.members()))
                : Optional.empty();
        return new CampaignBreakdown(dimension, kind, treated, control, lift);
    }
}
