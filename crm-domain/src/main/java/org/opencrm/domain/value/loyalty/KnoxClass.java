package org.opencrm.domain.value.loyalty;

/** Knox's loyalty diamond: involvement × number of providers bought from. */
public enum KnoxClass {
    LOYAL("involved and buys from few: deepen the relationship"),
    HABITUAL_BUYER("uninvolved but buys from few: keep it convenient, guard against a rival's nudge"),
    MULTI_BRAND_BUYER("involved but spreads purchases: win share of wallet with what others lack"),
    BRAND_SWITCHER("uninvolved and spreads purchases: price-led, serve at low cost");

    private final String strategy;

    KnoxClass(String strategy) {
        this.strategy = strategy;
    }

    /** What the class calls for. */
    public String strategy() {
        return strategy;
    }
}
