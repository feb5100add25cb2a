package org.opencrm.domain.value.loyalty;

/** Bradt's classes from satisfaction, willingness to recommend and to repurchase (seed 004). */
public enum BradtClass {
    SECURE("very satisfied, will recommend and repurchase: keep, ask for referrals"),
    SATISFIED("satisfied, may recommend, will repurchase: lift to secure"),
    VULNERABLE("not clearly satisfied, recommending or repurchasing: find and fix the cause now"),
    DISSATISFIED("dissatisfied: recover the complaint or let go");

    private final String strategy;

    BradtClass(String strategy) {
        this.strategy = strategy;
    }

    /** What the class calls for. */
    public String strategy() {
        return strategy;
    }
}
