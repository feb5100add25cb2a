package org.opencrm.domain.value.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.survey.SurveyAnswers;

class AttitudinalLoyaltyModelsTest {

    private static final OptionalInt NONE = OptionalInt.empty();

    @Test
    void dickAndBasuCrossesAttitudeWithRepeatPatronage() {
        DickBasuModel m = DickBasuModel.DEFAULT;
        assertThat(m.classify(4.0, 2)).isEqualTo(DickBasuClass.LOYALTY);
        assertThat(m.classify(4.5, 1)).isEqualTo(DickBasuClass.LATENT_LOYALTY);
        assertThat(m.classify(3.5, 5)).isEqualTo(DickBasuClass.SPURIOUS_LOYALTY);
        assertThat(m.classify(2.0, 0)).isEqualTo(DickBasuClass.NO_LOYALTY);
        // Attitude: the mean of satisfaction 5 and commitment 2 is 3.5; one of them alone is itself.
        assertThat(DickBasuModel.relativeAttitude(new SurveyAnswers(OptionalInt.of(5), NONE, NONE, NONE,
                OptionalInt.of(2), NONE, NONE))).hasValue(3.5);
        assertThat(DickBasuModel.relativeAttitude(new SurveyAnswers(NONE, NONE, NONE, NONE, OptionalInt.of(4), NONE,
                NONE))).hasValue(4.0);
        assertThat(DickBasuModel.relativeAttitude(new SurveyAnswers(NONE, OptionalInt.of(10), NONE, NONE, NONE, NONE,
                NONE))).isEmpty();
        assertThatThrownBy(() -> new DickBasuModel(6, 2, 365)).hasMessageContaining("'attitudeCut' must be 1..5");
    }

    @Test
    void knoxCrossesInvolvementWithTheNumberOfProviders() {
        KnoxModel m = KnoxModel.DEFAULT;
        assertThat(m.classify(4, 1)).isEqualTo(KnoxClass.LOYAL);
        assertThat(m.classify(3, 0)).isEqualTo(KnoxClass.HABITUAL_BUYER);
        assertThat(m.classify(5, 2)).isEqualTo(KnoxClass.MULTI_BRAND_BUYER);
        assertThat(m.classify(1, 7)).isEqualTo(KnoxClass.BRAND_SWITCHER);
        assertThat(new KnoxModel(5, 1).classify(4, 1)).isEqualTo(KnoxClass.BRAND_SWITCHER);
    }

    @Test
    void bradtFollowsTheSeedsTable() {
        BradtModel m = BradtModel.DEFAULT;
        assertThat(m.classify(5, 9, 4)).isEqualTo(BradtClass.SECURE);
        assertThat(m.classify(5, 8, 5)).isEqualTo(BradtClass.SATISFIED);
        assertThat(m.classify(4, 7, 4)).isEqualTo(BradtClass.SATISFIED);
        assertThat(m.classify(4, 10, 3)).isEqualTo(BradtClass.VULNERABLE); // will not clearly repurchase
        assertThat(m.classify(3, 10, 5)).isEqualTo(BradtClass.VULNERABLE);
        assertThat(m.classify(2, 10, 5)).isEqualTo(BradtClass.DISSATISFIED);
        assertThatThrownBy(() -> new BradtModel(5, 9, 4, 7, 4, 4)).hasMessageContaining("satisfaction cuts must rise");
    }
}
