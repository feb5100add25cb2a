package org.opencrm.domain.value.loyalty;

/** Reinartz &amp; Kumar's loyalty classes: loyalty (P(alive)-based lifetime duration) × profitability (CLV). */
public enum ReinartzKumarClass {
    TRUE_FRIENDS("loyal and profitable: communicate steadily, reward, keep close"),
    BUTTERFLIES("profitable but short-lived: harvest while they stay, do not over-invest in retention"),
    BARNACLES("loyal but not profitable: grow share of wallet or serve them at lower cost"),
    STRANGERS("neither loyal nor profitable: do not invest");

    private final String strategy;

    ReinartzKumarClass(String strategy) {
        this.strategy = strategy;
    }

    /** The relationship strategy the class calls for. */
    public String strategy() {
        return strategy;
    }

    /** The class of a customer whose loyalty and profitability are each above (true) or below the cut. */
    public static ReinartzKumarClass of(boolean loyal, boolean profitable) {
        if (loyal) {
            return profitable ? TRUE_FRIENDS : BARNACLES;
        }
        return profitable ? BUTTERFLIES : STRANGERS;
    }
}
