package org.opencrm.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SurveyAnswersTest {

    private static final OptionalInt NONE = OptionalInt.empty();

    @Test
    void everyAnswerIsCheckedAgainstItsScaleAndTheMessageNamesIt() {
        assertThatThrownBy(() -> new SurveyAnswers(OptionalInt.of(6), NONE, NONE, NONE, NONE, NONE, NONE))
                .hasMessage("'satisfaction' must be 1..5, got 6");
        assertThatThrownBy(() -> new SurveyAnswers(NONE, OptionalInt.of(11), NONE, NONE, NONE, NONE, NONE))
                .hasMessage("'recommend' must be 0..10, got 11");
        assertThatThrownBy(() -> new SurveyAnswers(NONE, NONE, OptionalInt.of(0), NONE, NONE, NONE, NONE))
                .hasMessage("'repurchaseIntention' must be 1..5, got 0");
        assertThatThrownBy(() -> new SurveyAnswers(NONE, NONE, NONE, NONE, NONE, NONE, OptionalInt.of(-1)))
                .hasMessage("'otherProviders' must be 0..1000, got -1");
        assertThatThrownBy(() -> new SurveyAnswers(NONE, NONE, NONE, NONE, NONE, NONE, NONE))
                .hasMessageContaining("at least one question");
        SurveyAnswers edges = new SurveyAnswers(OptionalInt.of(1), OptionalInt.of(0), OptionalInt.of(5),
                OptionalInt.of(1), OptionalInt.of(5), OptionalInt.of(3), OptionalInt.of(0));
        assertThat(edges.recommend()).hasValue(0);
    }

    @Test
    void npsIsPromotersMinusDetractorsInPercentOfRespondents() {
        // 3 promoters (9, 10, 9), 2 passives (7, 8), 5 detractors (0..6): (3 - 5) / 10 = -20.
        NetPromoterScore nps = NetPromoterScore.of(List.of(9, 10, 9, 7, 8, 0, 6, 5, 3, 6));
        assertThat(nps).isEqualTo(new NetPromoterScore(10, 3, 2, 5));
        assertThat(nps.score()).isEqualTo(-20.0);
        // 2 of 3 promoters, none detractors: 66.7.
        assertThat(NetPromoterScore.of(List.of(9, 10, 8)).score()).isEqualTo(66.7);
        assertThat(NetPromoterScore.of(List.of()).respondents()).isZero();
        assertThatThrownBy(() -> NetPromoterScore.of(List.of(11))).hasMessageContaining("0..10");
    }
}
