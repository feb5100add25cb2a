package org.opencrm.domain.relationship;

/** The 6I principles of seed 004, each with what it means and how this product measures it (0..100). */
public enum SixI {
    INFORMATION("hold reliable customer information",
            "profile completeness: of e-mail, phone, address, acquisition source, an attribute and an external id, "
                    + "the share present"),
    INVESTMENT("invest in the customers worth it",
            "portfolio only: the top tiers' (strategic, major) share of outbound contacts over their share of CLV, "
                    + "capped at 100"),
    INDIVIDUALITY("personalised products and service",
            "share of the year's contacts that carried a segment-specific offer: campaign offers received over "
                    + "campaign offers plus outbound contacts recorded (no data while no campaign started in the year)"),
    INTERACTION("systematic communication",
            "contacts in the year against the tier's cadence, and follow-ups due in the year done by their day"),
    INTEGRATION("customers take part in value creation",
            "survey answers and feedback, survey or co-creation contacts in the year, two or more is full"),
    INTENTION("the customer's will to keep the relationship",
            "latest survey: commitment (1..5 on 0..100) and likelihood to recommend (0..10 times 10), averaged");

    private final String meaning;
    private final String measure;

    SixI(String meaning, String measure) {
        this.meaning = meaning;
        this.measure = measure;
    }

    public String meaning() {
        return meaning;
    }

    /** How the score is computed, printed beside it. */
    public String measure() {
        return measure;
    }
}
