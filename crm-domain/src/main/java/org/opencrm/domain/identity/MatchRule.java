package org.opencrm.domain.identity;

/** Why two customer records are taken for one person. */
public enum MatchRule {
    /** The same e-mail after normalisation: score 1. */
    SAME_EMAIL,
    /** The same phone number in E.164 after normalisation: score 0.95. */
    SAME_PHONE,
    /** Names at least 85% alike plus one more field the same (the address, or a birth-date attribute): 0.9 × similarity. */
    SIMILAR_NAME
}
