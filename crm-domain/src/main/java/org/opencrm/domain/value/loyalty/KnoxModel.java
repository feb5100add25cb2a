package org.opencrm.domain.value.loyalty;

/**
 * Knox's loyalty diamond (seed 004): involvement (1..5, high from {@code involvementCut}) crossed with the number
 * of other providers the customer buys from (many from {@code manyProvidersFrom}), both from survey answers.
 */
public record KnoxModel(int involvementCut, int manyProvidersFrom) {

    /** High involvement from 4 (agree); "many" from two other providers. */
    public static final KnoxModel DEFAULT = new KnoxModel(4, 2);

    public KnoxModel {
        if (involvementCut < 1 || involvementCut > 5) {
            throw new IllegalArgumentException("'involvementCut' must be 1..5, got " + involvementCut);
        }
        if (manyProvidersFrom < 1) {
            throw new IllegalArgumentException("'manyProvidersFrom' must be at least 1, got " + manyProvidersFrom);
        }
    }

    /** The class of a customer with this involvement who also buys from this many other providers. */
    public KnoxClass classify(int involvement, int otherProviders) {
        boolean involved = involvement >= involvementCut;
        boolean many = otherProviders >= manyProvidersFrom;
        if (involved) {
            return many ? KnoxClass.MULTI_BRAND_BUYER : KnoxClass.LOYAL;
        }
        return many ? KnoxClass.BRAND_SWITCHER : KnoxClass.HABITUAL_BUYER;
    }
}
