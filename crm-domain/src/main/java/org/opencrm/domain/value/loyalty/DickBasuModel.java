package org.opencrm.domain.value.loyalty;

import java.util.OptionalDouble;
import org.opencrm.domain.survey.SurveyAnswers;

/**
 * Dick &amp; Basu (seed 004): a customer's relative attitude, from their survey answers, crossed with their repeat
 * patronage, from their purchases. Attitude is the mean of the satisfaction and commitment answers given (1..5),
 * strong from {@code attitudeCut}; patronage repeats with at least {@code repeatPurchases} purchases in the
 * {@code windowDays} up to the as-of date.
 */
public record DickBasuModel(double attitudeCut, int repeatPurchases, int windowDays) {

    /** Strong attitude from 4 (agree) on the 1..5 scale; repeat patronage: two purchases in a year. */
    public static final DickBasuModel DEFAULT = new DickBasuModel(4.0, 2, 365);

    public DickBasuModel {
        if (!(attitudeCut >= 1 && attitudeCut <= 5)) {
            throw new IllegalArgumentException("'attitudeCut' must be 1..5, got " + attitudeCut);
        }
        if (repeatPurchases < 1) {
            throw new IllegalArgumentException("'repeatPurchases' must be at least 1, got " + repeatPurchases);
        }
        if (windowDays < 1) {
            throw new IllegalArgumentException("'windowDays' must be at least 1, got " + windowDays);
        }
    }

    /** The relative attitude of these answers, 1..5; empty when neither satisfaction nor commitment was answered. */
    public static OptionalDouble relativeAttitude(SurveyAnswers answers) {
        int sum = 0;
        int n = 0;
        if (answers.satisfaction().isPresent()) {
            sum += answers.satisfaction().getAsInt();
            n++;
        }
        if (answers.commitment().isPresent()) {
            sum += answers.commitment().getAsInt();
            n++;
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) sum / n);
    }

    /** The class of a customer with this attitude and this many purchases in the window. */
    public DickBasuClass classify(double attitude, int purchasesInWindow) {
        boolean strong = attitude >= attitudeCut;
        boolean repeats = purchasesInWindow >= repeatPurchases;
        if (strong) {
            return repeats ? DickBasuClass.LOYALTY : DickBasuClass.LATENT_LOYALTY;
        }
        return repeats ? DickBasuClass.SPURIOUS_LOYALTY : DickBasuClass.NO_LOYALTY;
    }
}
