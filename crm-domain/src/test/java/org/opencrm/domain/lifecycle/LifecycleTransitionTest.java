package org.opencrm.domain.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LifecycleTransitionTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @Test
    void aReasonGivenAsWordsToComeIsWrittenOnlyWhenReadAndEqualsTheSameReasonGivenOutright() {
        AtomicInteger written = new AtomicInteger();
        LifecycleTransition later = LifecycleTransition.of(LifecycleStage.ACTIVE, LifecycleStage.AT_RISK, DAY,
                () -> {
                    written.incrementAndGet();
                    return "no purchase for 41 days";
                });
        assertThat(written).hasValue(0);
        assertThat(later.reason()).isEqualTo("no purchase for 41 days");
        assertThat(written).hasValue(1);
        LifecycleTransition outright = LifecycleTransition.of(LifecycleStage.ACTIVE, LifecycleStage.AT_RISK, DAY,
                "no purchase for 41 days");
        assertThat(later).isEqualTo(outright).hasSameHashCodeAs(outright).hasToString(outright.toString());
        assertThat(later).isNotEqualTo(LifecycleTransition.of(LifecycleStage.ACTIVE, LifecycleStage.AT_RISK, DAY,
                "no purchase for 42 days"));
    }

    @Test
    void aTransitionMustChangeTheStageAndHaveAReason() {
        assertThatThrownBy(() -> LifecycleTransition.of(LifecycleStage.ACTIVE, LifecycleStage.ACTIVE, DAY, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must change the stage");
        assertThatThrownBy(() -> LifecycleTransition.first(LifecycleStage.PROSPECT, DAY, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("'reason'");
        LifecycleTransition silent = LifecycleTransition.of(LifecycleStage.NEW, LifecycleStage.ACTIVE, DAY, () -> null);
        assertThatThrownBy(silent::reason).isInstanceOf(NullPointerException.class).hasMessageContaining("'reason'");
    }
}
