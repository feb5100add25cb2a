package org.opencrm.domain.value.loyalty;

/** Dick &amp; Basu's loyalty classes: relative attitude (what they say) × repeat patronage (what they do). */
public enum DickBasuClass {
    LOYALTY("strong attitude and repeat patronage: reward and keep close"),
    LATENT_LOYALTY("strong attitude, little buying: remove what stops them buying (access, price, range)"),
    SPURIOUS_LOYALTY("buys by habit or lock-in without attachment: build attitude before a rival offers more"),
    NO_LOYALTY("neither: do not invest beyond the transaction");

    private final String strategy;

    DickBasuClass(String strategy) {
        this.strategy = strategy;
    }

    /** What the class calls for. */
    public String strategy() {
        return strategy;
    }
}
