package org.opencrm.domain.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;

/**
 * A campaign measured: each group's size, responders, converters and revenue; the cost of the contacts; ROI on
 * the contacted group's revenue and on the revenue the campaign added over control; and the lift of response and
 * conversion over the control group with Newcombe's 95 % interval ({@link ResponseLift}), and of revenue per member
 * with a percentile bootstrap interval (2,000 resamples of each group, drawn with the campaign's seed, so the
 * interval is the same on every run; for two groups of 5,000 or more, the normal interval). Lifts are empty when the control group is (a segment too small to hold
 * anyone out).
 */
public record CampaignResults(Group treated, Group control, Money cost, OptionalDouble roi, OptionalDouble incrementalRoi,
                              Optional<ResponseLift> responseLift, Optional<ResponseLift> conversionLift,
                              Optional<RevenueLift> revenueLift) {

    /** Resamples of the revenue bootstrap. */
    public static final int BOOTSTRAP_RESAMPLES = 2_000;

    /** One group's members, responders, converters and revenue. */
    public record Group(long members, long responded, long converted, Money revenue) {
        public double responseRate() {
            return members == 0 ? 0 : (double) responded / members;
        }

        public double conversionRate() {
            return members == 0 ? 0 : (double) converted / members;
        }
    }

    /** Revenue per member, contacted minus control, and its 95 % bootstrap interval. */
    public record RevenueLift(double difference, double lower, double upper) {
    }

    /** Measures {@code campaign} from its member snapshot and the responses recorded for it. */
    public static CampaignResults of(Campaign campaign, List<CampaignMember> members, List<CampaignResponse> responses) {
        Map<CustomerId, CampaignResponse> byCustomer = new HashMap<>();
        responses.forEach(r -> byCustomer.put(r.customer(), r));
        double[][] revenues = new double[2][];
        long[][] counts = new long[2][3];
        Money[] revenue = {Money.ofMinor(0, campaign.costPerContact().currency()),
            Money.ofMinor(0, campaign.costPerContact().currency())};
        int[] size = new int[2];
        members.forEach(m -> size[m.group().ordinal()]++);
        revenues[0] = new double[size[0]];
        revenues[1] = new double[size[1]];
        int[] filled = new int[2];
        for (CampaignMember m : members) {
            int g = m.group().ordinal();
            counts[g][0]++;
            CampaignResponse r = byCustomer.get(m.customer());
            double value = 0;
            if (r != null) {
                counts[g][1] += r.responded() ? 1 : 0;
                counts[g][2] += r.converted() ? 1 : 0;
                revenue[g] = revenue[g].plus(r.revenue());
                value = r.revenue().amount().doubleValue();
            }
            revenues[g][filled[g]++] = value;
        }
        Group treated = new Group(counts[0][0], counts[0][1], counts[0][2], revenue[0]);
        Group control = new Group(counts[1][0], counts[1][1], counts[1][2], revenue[1]);
        Money cost = campaign.cost(treated.members());
        OptionalDouble roi = OptionalDouble.empty();
        OptionalDouble incrementalRoi = OptionalDouble.empty();
        if (cost.amount().signum() > 0) {
            BigDecimal c = cost.amount();
            roi = OptionalDouble.of(treated.revenue().amount().subtract(c).divide(c, 10, RoundingMode.HALF_EVEN)
                    .doubleValue());
            if (control.members() > 0 && treated.members() > 0) {
                double perTreated = treated.revenue().amount().doubleValue() / treated.members();
                double perControl = control.revenue().amount().doubleValue() / control.members();
                double incremental = (perTreated - perControl) * treated.members();
                incrementalRoi = OptionalDouble.of((incremental - c.doubleValue()) / c.doubleValue());
            }
        }
        if (treated.members() == 0 || control.members() == 0) {
            return new CampaignResults(treated, control, cost, roi, incrementalRoi, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        return new CampaignResults(treated, control, cost, roi, incrementalRoi,
                Optional.of(ResponseLift.of(treated.responded(), treated.members(), control.responded(),
                        control.members())),
                Optional.of(ResponseLift.of(treated.converted(), treated.members(), control.converted(),
                        control.members())),
                Optional.of(revenueInterval(revenues[0], revenues[1], campaign.seed())));
    }

    /**
     * Groups from this size on get the normal (Welch) interval of the difference of means instead of the bootstrap:
     * at that size the mean is normal to a good approximation, and 2,000 resamples of tens of thousands of members
     * would be most of the report's time.
     */
    public static final int NORMAL_FROM = 5_000;

    /**
     * The 95 % interval of the difference of mean revenue per member: a percentile bootstrap (each group resampled
     * with replacement), or for two groups of {@link #NORMAL_FROM} members or more the normal interval
     * d ± z √(s₁²/n₁ + s₂²/n₂) with the groups' sample variances.
     */
    static RevenueLift revenueInterval(double[] treated, double[] control, long seed) {
        double difference = mean(treated) - mean(control);
        if (treated.length >= NORMAL_FROM && control.length >= NORMAL_FROM) {
            double half = ResponseLift.Z95 * Math.sqrt(variance(treated) / treated.length
                    + variance(control) / control.length);
            return new RevenueLift(difference, difference - half, difference + half);
        }
        Random random = new Random(seed);
        double[] draws = new double[BOOTSTRAP_RESAMPLES];
        for (int b = 0; b < BOOTSTRAP_RESAMPLES; b++) {
            draws[b] = resampledMean(treated, random) - resampledMean(control, random);
        }
        Arrays.sort(draws);
        // The 2.5th and 97.5th percentiles: with 2,000 draws, the 50th and the 1,950th (1-based).
        return new RevenueLift(difference, draws[(int) Math.floor(0.025 * BOOTSTRAP_RESAMPLES) - 1],
                draws[(int) Math.ceil(0.975 * BOOTSTRAP_RESAMPLES) - 1]);
    }

    private static double resampledMean(double[] values, Random random) {
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += values[random.nextInt(values.length)];
        }
        return sum / values.length;
    }

    private static double variance(double[] values) {
        double m = mean(values);
        double sum = 0;
        for (double v : values) {
            sum += (v - m) * (v - m);
        }
        return sum / (values.length - 1);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
