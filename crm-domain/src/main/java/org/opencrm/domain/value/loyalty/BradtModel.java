package org.opencrm.domain.value.loyalty;

/**
 * Bradt's classification (seed 004), on satisfaction (1..5), likelihood to recommend (0..10) and repurchase
 * intention (1..5). Secure: very satisfied (from {@code secureSatisfaction}), will recommend (from
 * {@code secureRecommend}) and repurchase (from {@code repurchaseCut}); satisfied: satisfied (from
 * {@code satisfiedSatisfaction}), may recommend (from {@code satisfiedRecommend}) and will repurchase;
 * dissatisfied: satisfaction at most {@code dissatisfiedAtMost}; every other answer is vulnerable.
 */
public record BradtModel(int secureSatisfaction, int secureRecommend, int satisfiedSatisfaction,
                         int satisfiedRecommend, int repurchaseCut, int dissatisfiedAtMost) {

    /** The seed's table on the usual scales: 5 / 9-10 secure, 4 / 7-8 satisfied, 1-2 dissatisfied. */
    public static final BradtModel DEFAULT = new BradtModel(5, 9, 4, 7, 4, 2);

    public BradtModel {
        if (!(1 <= dissatisfiedAtMost && dissatisfiedAtMost < satisfiedSatisfaction
                && satisfiedSatisfaction <= secureSatisfaction && secureSatisfaction <= 5)) {
            throw new IllegalArgumentException("satisfaction cuts must rise on 1..5: dissatisfied at most "
                    + dissatisfiedAtMost + " < satisfied from " + satisfiedSatisfaction + " <= secure from "
                    + secureSatisfaction);
        }
        if (!(0 <= satisfiedRecommend && satisfiedRecommend <= secureRecommend && secureRecommend <= 10)) {
            throw new IllegalArgumentException("recommend cuts must rise on 0..10: satisfied from "
                    + satisfiedRecommend + " <= secure from " + secureRecommend);
        }
        if (repurchaseCut < 1 || repurchaseCut > 5) {
            throw new IllegalArgumentException("'repurchaseCut' must be 1..5, got " + repurchaseCut);
        }
    }

    /** The class of these three answers. */
    public BradtClass classify(int satisfaction, int recommend, int repurchaseIntention) {
        if (satisfaction <= dissatisfiedAtMost) {
            return BradtClass.DISSATISFIED;
        }
        boolean repurchases = repurchaseIntention >= repurchaseCut;
        if (satisfaction >= secureSatisfaction && recommend >= secureRecommend && repurchases) {
            return BradtClass.SECURE;
        }
        if (satisfaction >= satisfiedSatisfaction && recommend >= satisfiedRecommend && repurchases) {
            return BradtClass.SATISFIED;
        }
        return BradtClass.VULNERABLE;
    }
}
