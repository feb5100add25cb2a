package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ClvHistogramTest {

    @Test
    void binsFollowOneTwoFiveStepsUpToTheBinOfTheLargestValue() {
        ClvHistogram h = ClvHistogram.of(new double[] {0, 0.99, 1, 1.5, 4.99, 5, 19.99, 20, 120});
        assertThat(h.bins()).containsExactly(
                new ClvHistogram.Bin(0, 1, 2),
                new ClvHistogram.Bin(1, 2, 2),
                new ClvHistogram.Bin(2, 5, 1),
                new ClvHistogram.Bin(5, 10, 1),
                new ClvHistogram.Bin(10, 20, 1),
                new ClvHistogram.Bin(20, 50, 1),
                new ClvHistogram.Bin(50, 100, 0),
                new ClvHistogram.Bin(100, 200, 1));
    }

    @Test
    void aValueOnAnEdgeOpensTheNextBin() {
        assertThat(ClvHistogram.of(new double[] {10}).bins()).last().isEqualTo(new ClvHistogram.Bin(10, 20, 1));
    }

    @Test
    void binsStartAtTheSmallestValue() {
        assertThat(ClvHistogram.of(new double[] {60, 150}).bins()).containsExactly(new ClvHistogram.Bin(50, 100, 1),
                new ClvHistogram.Bin(100, 200, 1));
    }

    @Test
    void aBaseOfZerosIsOneBin() {
        assertThat(ClvHistogram.of(new double[] {0, 0}).bins()).containsExactly(new ClvHistogram.Bin(0, 1, 2));
    }

    @Test
    void aNegativeValueIsRefused() {
        assertThatThrownBy(() -> ClvHistogram.of(new double[] {3, -1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-negative");
    }
}
