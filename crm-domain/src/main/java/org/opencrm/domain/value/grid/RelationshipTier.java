package org.opencrm.domain.value.grid;

/** The four relationship tiers of docs/domain.md §4 (seed 004), best first, with the relationship each calls for. */
public enum RelationshipTier {
    STRATEGIC("long-term, close alliance", "sufficient"),
    MAJOR("long-term, stable learning relationship", "more"),
    TRANSACTIONAL("keep a transactional relationship", "not too much"),
    RISK("refuse service, end contact", "careful");

    private final String strategy;
    private final String resources;

    RelationshipTier(String strategy, String resources) {
        this.strategy = strategy;
        this.resources = resources;
    }

    public String strategy() {
        return strategy;
    }

    /** The seed's word for the resources a tier deserves; the shares are in {@link TierPolicy}. */
    public String resources() {
        return resources;
    }

    /** Whether moving from {@code from} to this tier is a step up. */
    public boolean isUpgradeFrom(RelationshipTier from) {
        return ordinal() < from.ordinal();
    }
}
