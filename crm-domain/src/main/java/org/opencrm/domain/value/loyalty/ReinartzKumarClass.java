package org.opencrm.domain.value.loyalty;

/** Reinartz & Kumar's loyalty classes: loyalty (expected duration / P(alive)) × profitability (CLV). */
public enum ReinartzKumarClass {
    /** Loyal and profitable: keep close. */
    TRUE_FRIENDS,
    /** Profitable but short-lived: harvest while they stay. */
    BUTTERFLIES,
    /** Loyal but not profitable: raise their share of wallet or serve them cheaper. */
    BARNACLES,
    /** Neither: do not invest. */
    STRANGERS;

    /** The class of a customer whose loyalty and profitability are each above (true) or below the cut. */
    public static ReinartzKumarClass of(boolean loyal, boolean profitable) {
        if (loyal) {
            return profitable ? TRUE_FRIENDS : BARNACLES;
        }
        return profitable ? BUTTERFLIES : STRANGERS;
    }
}
