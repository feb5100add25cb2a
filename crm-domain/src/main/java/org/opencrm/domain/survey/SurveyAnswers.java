package org.opencrm.domain.survey;

import java.util.OptionalInt;

/**
 * The answers of one survey response, each optional (a respondent may skip a question) but each in its range:
 * satisfaction, repurchase intention, trust, commitment (belonging) and involvement on 1..5, likelihood to
 * recommend on 0..10, and the number of other providers the customer also buys from (0..1000: beyond that the
 * answer is a typing error, not a market); {@link SurveyQuestion} holds the scales. At least one question is
 * answered.
 */
public record SurveyAnswers(OptionalInt satisfaction, OptionalInt recommend, OptionalInt repurchaseIntention,
                            OptionalInt trust, OptionalInt commitment, OptionalInt involvement,
                            OptionalInt otherProviders) {

    public SurveyAnswers {
        satisfaction = onScale(SurveyQuestion.SATISFACTION, satisfaction);
        recommend = onScale(SurveyQuestion.RECOMMEND, recommend);
        repurchaseIntention = onScale(SurveyQuestion.REPURCHASE_INTENTION, repurchaseIntention);
        trust = onScale(SurveyQuestion.TRUST, trust);
        commitment = onScale(SurveyQuestion.COMMITMENT, commitment);
        involvement = onScale(SurveyQuestion.INVOLVEMENT, involvement);
        otherProviders = onScale(SurveyQuestion.OTHER_PROVIDERS, otherProviders);
        if (satisfaction.isEmpty() && recommend.isEmpty() && repurchaseIntention.isEmpty() && trust.isEmpty()
                && commitment.isEmpty() && involvement.isEmpty() && otherProviders.isEmpty()) {
            throw new IllegalArgumentException("a survey response must answer at least one question");
        }
    }

    private static OptionalInt onScale(SurveyQuestion question, OptionalInt value) {
        if (value == null) {
            throw new NullPointerException("'" + question.field() + "' must not be null");
        }
        value.ifPresent(question::check);
        return value;
    }
}
