package org.opencrm.domain.survey;

import java.util.OptionalInt;
import java.util.Locale;
import java.util.function.Function;

/** The questions of the relationship survey with their scales: the one place their ranges are written. */
public enum SurveyQuestion {
    SATISFACTION("satisfaction", 1, 5, SurveyAnswers::satisfaction),
    RECOMMEND("recommend", 0, 10, SurveyAnswers::recommend),
    REPURCHASE_INTENTION("repurchaseIntention", 1, 5, SurveyAnswers::repurchaseIntention),
    TRUST("trust", 1, 5, SurveyAnswers::trust),
    COMMITMENT("commitment", 1, 5, SurveyAnswers::commitment),
    INVOLVEMENT("involvement", 1, 5, SurveyAnswers::involvement),
    OTHER_PROVIDERS("otherProviders", 0, 1_000, SurveyAnswers::otherProviders);

    private final String field;
    private final int low;
    private final int high;
    private final Function<SurveyAnswers, OptionalInt> answer;

    SurveyQuestion(String field, int low, int high, Function<SurveyAnswers, OptionalInt> answer) {
        this.field = field;
        this.low = low;
        this.high = high;
        this.answer = answer;
    }

    /** The name in JSON and messages (camelCase); files use it in snake_case. */
    public String field() {
        return field;
    }

    /** The column name in CSV files. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    public int low() {
        return low;
    }

    public int high() {
        return high;
    }

    /** The scale as reports print it: "1-5", "0-10", or "count". */
    public String scale() {
        return this == OTHER_PROVIDERS ? "count" : low + "-" + high;
    }

    /** This question's answer in {@code answers}. */
    public OptionalInt answerIn(SurveyAnswers answers) {
        return answer.apply(answers);
    }

    /** {@code value} if it is on the scale; refused naming the question otherwise. */
    public int check(int value) {
        if (value < low || value > high) {
            throw new IllegalArgumentException("'" + field + "' must be " + low + ".." + high + ", got " + value);
        }
        return value;
    }
}
