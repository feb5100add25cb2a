package org.opencrm.domain.campaign;

/**
 * How much more often the contacted group responded than the held-out control group: the difference of the two
 * response rates with its 95 % confidence interval by Newcombe's hybrid score method (method 10 of Newcombe
 * 1998, "Interval estimation for the difference between independent proportions"), built from the Wilson score
 * interval of each rate. Unlike the textbook Wald interval it stays inside [-1, 1] and keeps its coverage for
 * rare responses and small control groups, which is what campaign data look like.
 */
public record ResponseLift(Interval treatment, Interval control, double difference, double lower, double upper) {

    /** z for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    /** A rate and its Wilson score interval. */
    public record Interval(long successes, long trials, double rate, double lower, double upper) {
    }

    public ResponseLift {
        if (!(lower <= difference && difference <= upper)) {
            throw new IllegalArgumentException("the interval [" + lower + ", " + upper + "] must hold the difference "
                    + difference);
        }
    }

    /** The lift of {@code treated} responders of {@code contacted} over {@code controlResponders} of {@code control}. */
    public static ResponseLift of(long treated, long contacted, long controlResponders, long control) {
        Interval t = wilson(treated, contacted);
        Interval c = wilson(controlResponders, control);
        double d = t.rate() - c.rate();
        double lower = d - Math.sqrt(square(t.rate() - t.lower()) + square(c.upper() - c.rate()));
        double upper = d + Math.sqrt(square(t.upper() - t.rate()) + square(c.rate() - c.lower()));
        return new ResponseLift(t, c, d, Math.max(-1, lower), Math.min(1, upper));
    }

    /** The Wilson score interval of {@code successes} in {@code trials} (at least one), 95 %. */
    public static Interval wilson(long successes, long trials) {
        if (trials < 1) {
            throw new IllegalArgumentException("'trials' must be at least 1, got " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("'successes' must be 0.." + trials + ", got " + successes);
        }
        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(successes, trials, p, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** Whether the whole interval lies above zero: the campaign did better than doing nothing, at 95 %. */
    public boolean significant() {
        return lower > 0;
    }

    private static double square(double x) {
        return x * x;
    }
}
