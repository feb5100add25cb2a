package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AliveByRecencyTest {

    @Test
    void customersAreCountedInCellsOfOneWidthAndATenthOfPAlive() {
        // The longest recency is 400 days: 400 / 60 = 6 columns of two months fit in twelve, 400 / 30 = 13 do not.
        AliveByRecency a = AliveByRecency.of(new int[] {0, 10, 89, 90, 400}, new double[] {0.95, 0.91, 0.55, 0.05, 1});
        assertThat(a.recencyWidthDays()).isEqualTo(60);
        assertThat(a.cells()).containsExactly(
                new AliveByRecency.Cell(0, 60, 0.9, 1.0, 2),
                new AliveByRecency.Cell(60, 120, 0.0, 0.1, 1),
                new AliveByRecency.Cell(60, 120, 0.5, 0.6, 1),
                new AliveByRecency.Cell(360, 420, 0.9, 1.0, 1));
    }

    @Test
    void aShortHistoryIsBinnedByWeeks() {
        assertThat(AliveByRecency.of(new int[] {3, 70}, new double[] {0.5, 0.5}).recencyWidthDays()).isEqualTo(7);
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> AliveByRecency.of(new int[] {3}, new double[] {1.2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customer 0");
    }
}
