package org.opencrm.domain.survey;

import java.util.OptionalInt;

/**
 * The answers of one survey response, each optional (a respondent may skip a question) but each in its range:
 * satisfaction, repurchase intention, trust, commitment (belonging) and involvement on 1..5, likelihood to
 * recommend on 0..10, and the number of other providers the customer also buys from (0 or more). At least one
 * question is answered.
 */
public record SurveyAnswers(OptionalInt satisfaction, OptionalInt recommend, OptionalInt repurchaseIntention,
                            OptionalInt trust, OptionalInt commitment, OptionalInt involvement,
                            OptionalInt otherProviders) {

    /** Most other providers believed: beyond this the answer is a typing error, not a market. */
    public static final int MAX_OTHER_PROVIDERS = 1_000;

    public SurveyAnswers {
        satisfaction = inRange("satisfaction", satisfaction, 1, 5);
        recommend = inRange("recommend", recommend, 0, 10);
        repurchaseIntention = inRange("repurchaseIntention", repurchaseIntention, 1, 5);
        trust = inRange("trust", trust, 1, 5);
        commitment = inRange("commitment", commitment, 1, 5);
        involvement = inRange("involvement", involvement, 1, 5);
        otherProviders = inRange("otherProviders", otherProviders, 0, MAX_OTHER_PROVIDERS);
        if (satisfaction.isEmpty() && recommend.isEmpty() && repurchaseIntention.isEmpty() && trust.isEmpty()
                && commitment.isEmpty() && involvement.isEmpty() && otherProviders.isEmpty()) {
            throw new IllegalArgumentException("a survey response must answer at least one question");
        }
    }

    private static OptionalInt inRange(String field, OptionalInt value, int low, int high) {
        if (value == null) {
            throw new NullPointerException("'" + field + "' must not be null");
        }
        if (value.isPresent() && (value.getAsInt() < low || value.getAsInt() > high)) {
            throw new IllegalArgumentException("'" + field + "' must be " + low + ".." + high + ", got "
                    + value.getAsInt());
        }
        return value;
    }
}
